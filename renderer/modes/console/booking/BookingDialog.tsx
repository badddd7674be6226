import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import type { Rules } from '../../../../core/rules/schema';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { AttendeesField } from './AttendeesField';
import { AvailabilityHint } from './AvailabilityHint';
import { BookingWhenFields } from './BookingWhenFields';
import { draftProblems, endOf, startOf } from './bookingDraft';
import { zoneCity, zoneOffset } from './officeTime';
import { OrganizerField } from './OrganizerField';
import { OverrideField } from './OverrideField';
import { RefusalPanel } from './RefusalPanel';
import { RepeatField } from './RepeatField';
import { dayWindow, limitsFor } from './roomRules';
import type { Abilities } from './useAbilities';
import { useBookingForm, type BookingDone, type BookingFormMode } from './useBookingForm';
import type { People } from './usePeople';

interface BookingDialogProps {
  mode: BookingFormMode;
  /** The rooms of the office to choose from. */
  rooms: readonly Room[];
  officeId: string;
  timeZone: string;
  abilities: Abilities;
  people: People;
  onClose(): void;
  onDone(done: BookingDone): void;
}

/** A new booking or a change to one: every field a receptionist needs, the rules' grid, and refusals explained. */
export function BookingDialog({ mode, rooms, officeId, timeZone, abilities, people, onClose, onDone }: BookingDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const form = useBookingForm(mode, timeZone, onDone);
  const { draft, change } = form;
  const [showErrors, setShowErrors] = useState(false);
  const rules = useApiQuery('rules.get', { roomId: draft.roomId }, Boolean(draft.roomId));
  const role = abilities.user.role;
  const roomRules = rules.data?.rules as Rules | undefined;
  const limits = limitsFor(roomRules, role);
  const window = dayWindow(roomRules, draft.day, role);
  const isEdit = mode.kind === 'edit';
  const isLocked = isEdit && Date.parse(mode.booking.start) <= Date.now();
  const problems = draftProblems(draft, timeZone);
  const isTimeValid = !problems.includes('time');
  const seats = 1 + draft.attendeeIds.length + draft.attendeeEmails.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (problems.length === 0 && !form.isSubmitting) void form.submit();
  };

  return (
    <Dialog open onClose={form.isSubmitting ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="booking-dialog-title" data-testid="booking-dialog">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id="booking-dialog-title" sx={{ pb: 0.5 }}>
          {isEdit ? t('booking.form.editTitle') : t('booking.form.title')}
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('booking.form.zone', { zone: zoneCity(timeZone), offset: zoneOffset(timeZone, startOf(draft, timeZone) || Date.now(), locale) })}
          </Typography>
        </DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2.25, pt: '12px !important' }}>
          {form.refusal ? (
            <RefusalPanel
              refusal={form.refusal}
              askedDay={draft.day}
              timeZone={timeZone}
              locale={locale}
              isBusy={form.isSubmitting}
              onTake={form.take}
              onSkipConflicts={draft.repeat !== 'none' && !isEdit ? () => void form.submit(true) : undefined}
            />
          ) : null}
          <BookingWhenFields draft={draft} change={change} rooms={rooms} limits={limits} window={window} isLocked={isLocked} />
          {window.isClosed ? <Alert severity="warning">{window.isHoliday ? t('booking.form.holiday') : t('booking.form.closedDay')}</Alert> : null}
          {showErrors && !isTimeValid ? <Alert severity="warning">{t('booking.form.badTime')}</Alert> : null}
          {isTimeValid && !isLocked ? (
            <AvailabilityHint
              start={new Date(startOf(draft, timeZone)).toISOString()}
              end={new Date(endOf(draft, timeZone)).toISOString()}
              officeId={officeId}
              roomId={draft.roomId}
              rooms={rooms}
              seats={seats}
              onChoose={(roomId) => change({ roomId })}
            />
          ) : null}
          <TextField
            label={t('booking.form.meetingTitle')}
            required
            autoFocus={!isEdit}
            value={draft.title}
            onChange={(e) => change({ title: e.target.value })}
            error={showErrors && problems.includes('title')}
            helperText={showErrors && problems.includes('title') ? t('booking.form.titleMissing') : undefined}
            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'booking-title' } }}
          />
          <TextField label={t('booking.form.description')} multiline minRows={2} maxRows={6} value={draft.description} onChange={(e) => change({ description: e.target.value })} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: abilities.canBookForOthers && !isEdit ? '1fr 2fr' : '1fr' } }}>
            {abilities.canBookForOthers && !isEdit ? (
              <OrganizerField organizerId={draft.organizerId} me={abilities.user} people={people} onChange={(organizerId) => change({ organizerId })} />
            ) : null}
            <AttendeesField
              attendeeIds={draft.attendeeIds}
              attendeeEmails={draft.attendeeEmails}
              people={people}
              canPick={abilities.canListPeople}
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
          {limits.canOverride ? <OverrideField draft={draft} change={change} showErrors={showErrors} /> : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
          <Button onClick={onClose} disabled={form.isSubmitting} color="inherit">
            {t('booking.form.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            data-testid="booking-submit"
            disabled={form.isSubmitting}
            startIcon={form.isSubmitting ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {isEdit ? t('booking.form.save') : draft.repeat !== 'none' ? t('booking.form.bookSeries', { count: draft.repeatCount }) : t('booking.form.book')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
