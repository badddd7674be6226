import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../../core/domain';
import { isValidDay, isValidRange, nextRange } from './hoursText';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

type Range = [string, string];
const CLOSED: Range[] = [];

/** One weekday: closed, or open in one or more ranges typed as HH:MM. */
export function DayHoursRow({ day }: { day: Weekday }) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const path = `workingHours.${day}`;
  const saved = (form.value(path) as Range[] | undefined) ?? CLOSED;
  const [ranges, setRanges] = useState<Range[]>(saved);
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setRanges(saved);
  }
  const label = t(`admin.rules.weekday.${day}`);
  const update = (next: Range[]) => {
    setRanges(next);
    if (isValidDay(next)) {
      setShown(next);
      form.edit(path, next);
    }
  };
  const setTime = (i: number, side: 0 | 1, text: string) => update(ranges.map((r, j) => (j === i ? ((side === 0 ? [text, r[1]] : [r[0], text]) as Range) : r)));

  return (
    <RuleRow path={path} label={label}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <FormControlLabel
          control={<Switch size="small" checked={ranges.length > 0} disabled={form.isReadOnly} onChange={(e) => update(e.target.checked ? [nextRange([])] : [])} />}
          label={ranges.length > 0 ? '' : t('admin.rules.closed')}
          sx={{ mr: 0 }}
          aria-label={`${label}: ${ranges.length > 0 ? t('admin.rules.open') : t('admin.rules.closed')}`}
        />
        {ranges.map(([from, to], i) => (
          <Stack key={i} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            {(['from', 'to'] as const).map((side, s) => (
              <TextField
                key={side}
                value={s === 0 ? from : to}
                onChange={(e) => setTime(i, s as 0 | 1, e.target.value)}
                disabled={form.isReadOnly}
                error={!isValidRange(from, to)}
                placeholder="09:00"
                sx={{ width: 74 }}
                slotProps={{ htmlInput: { 'aria-label': `${label} ${t(`admin.rules.${side}`)} ${i + 1}`, maxLength: 5, inputMode: 'numeric' } }}
              />
            ))}
            {!form.isReadOnly ? (
              <IconButton size="small" aria-label={t('admin.rules.removeRange')} onClick={() => update(ranges.filter((_, j) => j !== i))}>
                <CloseIcon sx={{ fontSize: 16 }} />
              </IconButton>
            ) : null}
          </Stack>
        ))}
        {ranges.length > 0 && !form.isReadOnly ? (
          <Tooltip title={t('admin.rules.addRange')}>
            <IconButton size="small" aria-label={`${t('admin.rules.addRange')}: ${label}`} onClick={() => update([...ranges, nextRange(ranges)])}>
              <AddIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
        {ranges.length > 0 && !isValidDay(ranges) ? (
          <Typography variant="caption" role="alert" sx={{ color: 'error.main' }}>
            {t('admin.rules.badHours')}
          </Typography>
        ) : null}
      </Stack>
    </RuleRow>
  );
}
