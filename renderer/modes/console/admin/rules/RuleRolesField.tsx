import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../core/domain';
import { ChoiceChips } from '../shared/ChoiceChips';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

interface RuleRolesFieldProps {
  path: string;
  label: string;
  hint?: string;
  /** null means every role ("Everyone"); the list then appears when switched off. */
  isNullable?: boolean;
}

/** A list of roles (who may book, who may override, who needs no approval). */
export function RuleRolesField({ path, label, hint, isNullable = false }: RuleRolesFieldProps) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const value = form.value(path) as Role[] | null;
  return (
    <RuleRow path={path} label={label} hint={hint}>
      <Stack spacing={0.75}>
        {isNullable ? (
          <FormControlLabel
            control={<Switch size="small" checked={value === null} disabled={form.isReadOnly} onChange={(e) => form.edit(path, e.target.checked ? null : [...ROLES])} />}
            label={t('admin.rules.everyRole')}
          />
        ) : null}
        {value !== null ? (
          <ChoiceChips label={label} options={ROLES} selected={value} onChange={(roles) => form.edit(path, roles)} optionLabel={(r) => t(`roles.${r}`)} disabled={form.isReadOnly} isLabelHidden />
        ) : null}
      </Stack>
    </RuleRow>
  );
}
