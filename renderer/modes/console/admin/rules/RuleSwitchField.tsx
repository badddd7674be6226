import Switch from '@mui/material/Switch';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

/** A yes/no rule. */
export function RuleSwitchField({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const form = useRuleForm();
  return (
    <RuleRow path={path} label={label} hint={hint}>
      <Switch
        checked={Boolean(form.value(path))}
        disabled={form.isReadOnly}
        onChange={(e) => form.edit(path, e.target.checked)}
        slotProps={{ input: { 'aria-label': label } }}
        name={path}
      />
    </RuleRow>
  );
}
