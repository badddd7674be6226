import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { BookingDraft } from './bookingDraft';

interface OverrideFieldProps {
  draft: BookingDraft;
  change(patch: Partial<BookingDraft>): void;
  showErrors: boolean;
}

/** Priority override for the roles the rules allow: bookings in the way are cancelled, with a reason. */
export function OverrideField({ draft, change, showErrors }: OverrideFieldProps) {
  const { t } = useTranslation();
  const isMissing = showErrors && draft.isOverride && !draft.overrideReason.trim();
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={<Checkbox checked={draft.isOverride} onChange={(e) => change({ isOverride: e.target.checked })} data-testid="booking-override" />}
        label={t('booking.form.override')}
      />
      {draft.isOverride ? (
        <TextField
          required
          label={t('booking.form.overrideReason')}
          helperText={isMissing ? t('booking.form.overrideReasonMissing') : t('booking.form.overrideHint')}
          error={isMissing}
          value={draft.overrideReason}
          onChange={(e) => change({ overrideReason: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'booking-override-reason' } }}
        />
      ) : null}
    </Stack>
  );
}
