import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import type { Rules } from '../../../../core/rules/schema';
import { useApiQuery } from '../../../api/useApiQuery';
import { currentLanguage } from '../../../i18n';
import { BookingAboutFields } from './BookingAboutFields';
import { BookingTimeSection } from './BookingTimeSection';
import { draftProblems, startOf } from './bookingDraft';
import { zoneCity, zoneOffset } from './officeTime';
import { RefusalPanel } from './RefusalPanel';
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

function SubmitButton({ isBusy, label }: { isBusy: boolean; label: string }) {
  return (
    <Button type="submit" variant="contained" data-testid="booking-submit" disabled={isBusy} startIcon={isBusy ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
      {label}
    </Button>
  );
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

  const submitLabel = isEdit ? t('booking.form.save') : draft.repeat !== 'none' ? t('booking.form.bookSeries', { count: draft.repeatCount }) : t('booking.form.book');
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
              needsApproval={new Set(rooms.filter((r) => r.requiresApproval).map((r) => r.id))}
              onTake={form.take}
              onSkipConflicts={draft.repeat !== 'none' && !isEdit ? () => void form.submit(true) : undefined}
            />
          ) : null}
          <BookingTimeSection
            draft={draft}
            change={change}
            rooms={rooms}
            officeId={officeId}
            timeZone={timeZone}
            limits={limits}
            window={window}
            isLocked={isLocked}
            // Free rooms are judged as a new booking: a change would count its own time as taken.
            showHint={!isEdit}
            isTimeValid={!problems.includes('time')}
            showErrors={showErrors}
          />
          <BookingAboutFields
            draft={draft}
            change={change}
            abilities={abilities}
            people={people}
            isEdit={isEdit}
            canOverride={limits.canOverride}
            problems={problems}
            showErrors={showErrors}
            timeZone={timeZone}
            locale={locale}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
          <Button onClick={onClose} disabled={form.isSubmitting} color="inherit">
            {t('booking.form.cancel')}
          </Button>
          <SubmitButton isBusy={form.isSubmitting} label={submitLabel} />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
