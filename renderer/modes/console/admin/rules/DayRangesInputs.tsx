import AddIcon from '@mui/icons-material/Add';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HoursRangeInputs } from './HoursRangeInputs';
import { isValidDay, nextRange } from './hoursText';

type Range = [string, string];

interface DayRangesInputsProps {
  /** The weekday's name ("Monday"), for screen readers. */
  label: string;
  /** As typed: may hold ranges that are not valid yet. */
  ranges: readonly Range[];
  isReadOnly: boolean;
  onChange(next: Range[]): void;
  /** Names the inputs (`<name>.<i>.from`); none by default. */
  name?: string;
  /** A refusal to show instead of the usual hint (the server's, say). */
  error?: string | null;
}

/** One weekday's opening hours: closed, or open in one or more HH:MM ranges. */
export function DayRangesInputs({ label, ranges, isReadOnly, onChange, name, error }: DayRangesInputsProps) {
  const { t } = useTranslation();
  const problemId = useId();
  const isOpen = ranges.length > 0;
  const problem = error ?? (isOpen && !isValidDay(ranges) ? t('admin.rules.badHours') : null);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <FormControlLabel
        control={<Switch size="small" checked={isOpen} disabled={isReadOnly} onChange={(e) => onChange(e.target.checked ? [nextRange([])] : [])} slotProps={{ input: { 'aria-label': `${label}: ${t('admin.rules.open')}` } }} />}
        label={isOpen ? '' : t('admin.rules.closed')}
        sx={{ mr: 0 }}
      />
      {ranges.map((range, i) => (
        <HoursRangeInputs
          key={i}
          range={range}
          label={`${label} ${i + 1}`}
          name={name ? `${name}.${i}` : undefined}
          isReadOnly={isReadOnly}
          isInvalid={Boolean(error)}
          describedBy={problem ? problemId : undefined}
          onChange={(r) => onChange(ranges.map((x, j) => (j === i ? r : x)))}
          onRemove={() => onChange(ranges.filter((_, j) => j !== i))}
        />
      ))}
      {isOpen && !isReadOnly ? (
        <Tooltip title={t('admin.rules.addRange')}>
          <IconButton size="small" aria-label={`${t('admin.rules.addRange')}: ${label}`} data-testid="add-range" onClick={() => onChange([...ranges, nextRange(ranges)])}>
            <AddIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
      {problem ? (
        <Typography id={problemId} variant="caption" role="alert" sx={{ color: 'error.main' }}>
          {problem}
        </Typography>
      ) : null}
    </Stack>
  );
}
