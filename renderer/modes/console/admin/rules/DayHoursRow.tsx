import AddIcon from '@mui/icons-material/Add';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../../core/domain';
import { HoursRangeInputs } from './HoursRangeInputs';
import { isValidDay, nextRange } from './hoursText';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

type Range = [string, string];
const CLOSED: Range[] = [];

/** One weekday: closed, or open in one or more ranges typed as HH:MM (saved once they are valid). */
export function DayHoursRow({ day }: { day: Weekday }) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const path = `workingHours.${day}`;
  const saved = (form.value(path) as Range[] | undefined) ?? CLOSED;
  const [ranges, setRanges] = useState<Range[]>(saved);
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    // Changed from outside (a reset, another scope): show it.
    setShown(saved);
    setRanges(saved);
  }
  const label = t(`admin.rules.weekday.${day}`);
  const update = (next: Range[]) => {
    setRanges(next);
    if (!isValidDay(next)) return;
    setShown(next);
    form.edit(path, next);
  };
  const isOpen = ranges.length > 0;
  return (
    <RuleRow path={path} label={label}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <FormControlLabel
          control={<Switch size="small" checked={isOpen} disabled={form.isReadOnly} onChange={(e) => update(e.target.checked ? [nextRange([])] : [])} slotProps={{ input: { 'aria-label': `${label}: ${t('admin.rules.open')}` } }} />}
          label={isOpen ? '' : t('admin.rules.closed')}
          sx={{ mr: 0 }}
        />
        {ranges.map((range, i) => (
          <HoursRangeInputs key={i} range={range} label={`${label} ${i + 1}`} isReadOnly={form.isReadOnly} onChange={(r) => update(ranges.map((x, j) => (j === i ? r : x)))} onRemove={() => update(ranges.filter((_, j) => j !== i))} />
        ))}
        {isOpen && !form.isReadOnly ? (
          <Tooltip title={t('admin.rules.addRange')}>
            <IconButton size="small" aria-label={`${t('admin.rules.addRange')}: ${label}`} onClick={() => update([...ranges, nextRange(ranges)])}>
              <AddIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
        {isOpen && !isValidDay(ranges) ? (
          <Typography variant="caption" role="alert" sx={{ color: 'error.main' }}>
            {t('admin.rules.badHours')}
          </Typography>
        ) : null}
      </Stack>
    </RuleRow>
  );
}
