import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { RuleNumberInput } from './RuleNumberInput';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

interface RuleNumberFieldProps {
  path: string;
  label: string;
  hint?: string;
  unit: 'min' | 'days' | 'bookings';
  min: number;
  max: number;
  /** null is allowed and means "no limit". */
  isNullable?: boolean;
}

/** A numeric rule (minutes, days, a count), with "no limit" where null is allowed. */
export function RuleNumberField({ path, label, hint, unit, min, max, isNullable = false }: RuleNumberFieldProps) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const value = form.value(path) as number | null;
  return (
    <RuleRow path={path} label={label} hint={hint}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {value !== null ? (
          <RuleNumberInput value={value} onChange={(n) => form.edit(path, n)} min={min} max={max} unit={t(`admin.rules.unit.${unit}`)} label={label} disabled={form.isReadOnly} name={path} />
        ) : null}
        {isNullable ? (
          <FormControlLabel
            control={<Checkbox size="small" checked={value === null} disabled={form.isReadOnly} onChange={(e) => form.edit(path, e.target.checked ? null : Math.max(min, 3))} />}
            label={t('admin.rules.noLimit')}
          />
        ) : null}
      </Stack>
    </RuleRow>
  );
}
