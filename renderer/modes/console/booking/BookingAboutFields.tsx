import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { AttendeesField } from './AttendeesField';
import type { BookingDraft, DraftProblem } from './bookingDraft';
import { OrganizerField } from './OrganizerField';
import { OverrideField } from './OverrideField';
import { RepeatField } from './RepeatField';
import type { Abilities } from './useAbilities';
import type { People } from './usePeople';

interface BookingAboutFieldsProps {
  draft: BookingDraft;
  change(patch: Partial<BookingDraft>): void;
  abilities: Abilities;
  people: People;
  isEdit: boolean;
  canOverride: boolean;
  /** Shown once the person has tried to send the form. */
  problems: readonly DraftProblem[];
  showErrors: boolean;
  timeZone: string;
  locale: string;
}

/** What the meeting is and who comes: title, description, organizer, attendees, repeat, privacy, override. */
export function BookingAboutFields({ draft, change, abilities, people, isEdit, canOverride, problems, showErrors, timeZone, locale }: BookingAboutFieldsProps) {
  const { t } = useTranslation();
  const isTitleMissing = showErrors && problems.includes('title');
  const forOthers = abilities.canBookForOthers && !isEdit;
  return (
    <>
      <TextField
        label={t('booking.form.meetingTitle')}
        required
        autoFocus={!isEdit}
        value={draft.title}
        onChange={(e) => change({ title: e.target.value })}
        error={isTitleMissing}
        helperText={isTitleMissing ? t('booking.form.titleMissing') : undefined}
        slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'booking-title' } }}
      />
      <TextField label={t('booking.form.description')} multiline minRows={2} maxRows={6} value={draft.description} onChange={(e) => change({ description: e.target.value })} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: forOthers ? '1fr 2fr' : '1fr' } }}>
        {forOthers ? <OrganizerField organizerId={draft.organizerId} me={abilities.user} people={people} onChange={(organizerId) => change({ organizerId })} /> : null}
        <AttendeesField
          attendeeIds={draft.attendeeIds}
          attendeeEmails={draft.attendeeEmails}
          people={people}
          canPick={abilities.canFindPeople}
          onChange={(attendeeIds, attendeeEmails) => change({ attendeeIds, attendeeEmails })}
        />
      </Box>
      {!isEdit ? <RepeatField draft={draft} change={change} timeZone={timeZone} locale={locale} /> : null}
      <FormControlLabel
        control={<Switch checked={draft.isPrivate} onChange={(e) => change({ isPrivate: e.target.checked })} />}
        label={
          <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            <LockOutlinedIcon fontSize="small" aria-hidden />
            <span>{t('booking.form.private')}</span>
          </Stack>
        }
      />
      {canOverride ? <OverrideField draft={draft} change={change} showErrors={showErrors} /> : null}
    </>
  );
}
