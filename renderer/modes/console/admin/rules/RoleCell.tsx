import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../core/domain';
import { RuleNumberInput } from './RuleNumberInput';
import { useRuleForm } from './ruleFormContext';

/** One role's own value of one limit; empty follows the general rule (shown greyed). */
export function RoleCell({ role, field, min, max }: { role: Role; field: string; min: number; max: number }) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const path = `byRole.${role}.${field}`;
  const value = form.value(path) as number | null | undefined;
  const general = form.value(field) as number | null;
  const isOwn = form.isOwn(path);
  const label = `${t(`roles.${role}`)}: ${t(`admin.rules.byRoleField.${field}`)}`;
  const where = isOwn ? t('admin.rules.setHere') : value !== undefined ? t(`admin.rules.source.${form.source(path)}`) : t('admin.rules.followsGeneral');
  return (
    <TableCell sx={{ px: 0.75, bgcolor: isOwn ? 'primary.light' : undefined }} data-path={path} data-source={isOwn ? 'here' : value !== undefined ? form.source(path) : 'general'}>
      <Tooltip title={where} placement="top">
        <span>
          <RuleNumberInput
            value={value ?? null}
            onChange={(n) => form.edit(path, n)}
            onClear={() => (isOwn ? form.reset(path) : undefined)}
            min={min}
            max={max}
            label={label}
            placeholder={general === null ? '∞' : String(general)}
            disabled={form.isReadOnly}
            isCompact
          />
        </span>
      </Tooltip>
    </TableCell>
  );
}
