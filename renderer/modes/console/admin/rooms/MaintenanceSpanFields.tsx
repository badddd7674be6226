import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { SpanDraft } from './maintenanceSpan';

/** From and until, typed on the office's clock; an end before the start is said at once. */
export function MaintenanceSpanFields({ span, onChange, isValid }: { span: SpanDraft; onChange(next: SpanDraft): void; isValid: boolean }) {
  const { t } = useTranslation();
  const isReversed = !isValid && Boolean(span.start && span.end);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField label={t('admin.rooms.from')} name="blockStart" type="datetime-local" value={span.start} onChange={(e) => onChange({ ...span, start: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
      <TextField
        label={t('admin.rooms.until')}
        name="blockEnd"
        type="datetime-local"
        value={span.end}
        onChange={(e) => onChange({ ...span, end: e.target.value })}
        error={isReversed}
        helperText={isReversed ? t('admin.rooms.endBeforeStart') : undefined}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
    </Stack>
  );
}
