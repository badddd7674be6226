import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { PRESETS, type PeriodChoice, type Preset } from './statsPeriod';

interface PeriodPickerProps {
  choice: PeriodChoice;
  /** The days the choice stands for now (shown in the custom fields). */
  days: { fromDay: string; toDay: string } | null;
  onChange(next: PeriodChoice): void;
}

/** The last week, month, …, or any days: calendar days on the office's clock. */
export function PeriodPicker({ choice, days, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const pick = (preset: Preset | null) => {
    if (!preset) return;
    onChange({ preset, fromDay: days?.fromDay ?? choice.fromDay, toDay: days?.toDay ?? choice.toDay });
  };
  const custom = (patch: Partial<PeriodChoice>) => onChange({ ...choice, fromDay: days?.fromDay ?? choice.fromDay, toDay: days?.toDay ?? choice.toDay, ...patch, preset: 'custom' });
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <ToggleButtonGroup exclusive size="small" color="primary" value={choice.preset} onChange={(_, p: Preset | null) => pick(p)} aria-label={t('stats.period')} data-testid="stats-period">
        {PRESETS.filter((p) => p !== 'custom').map((preset) => (
          <ToggleButton key={preset} value={preset} data-preset={preset} sx={{ px: 1.5 }}>
            {t(`stats.preset.${preset}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField type="date" label={t('stats.from')} value={choice.preset === 'custom' ? choice.fromDay : (days?.fromDay ?? '')} onChange={(e) => custom({ fromDay: e.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'stats-from' } }} />
        <TextField type="date" label={t('stats.to')} value={choice.preset === 'custom' ? choice.toDay : (days?.toDay ?? '')} onChange={(e) => custom({ toDay: e.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'stats-to' } }} />
      </Stack>
    </Stack>
  );
}
