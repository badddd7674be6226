import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../core/contract';
import { AvailabilityHint } from './AvailabilityHint';
import { endOf, startOf, type BookingDraft } from './bookingDraft';
import { BookingWhenFields } from './BookingWhenFields';
import type { BookingLimits, DayWindow } from './roomRules';

interface BookingTimeSectionProps {
  draft: BookingDraft;
  change(patch: Partial<BookingDraft>): void;
  rooms: readonly Room[];
  officeId: string;
  timeZone: string;
  limits: BookingLimits;
  window: DayWindow;
  isLocked: boolean;
  showHint: boolean;
  isTimeValid: boolean;
  showErrors: boolean;
}

/** Where and when, what stands in the way that day, and which rooms are free at that time. */
export function BookingTimeSection({ draft, change, rooms, officeId, timeZone, limits, window, isLocked, showHint, isTimeValid, showErrors }: BookingTimeSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <BookingWhenFields draft={draft} change={change} rooms={rooms} limits={limits} window={window} isLocked={isLocked} />
      {window.isClosed ? <Alert severity="warning">{window.isHoliday ? t('booking.form.holiday') : t('booking.form.closedDay')}</Alert> : null}
      {showErrors && !isTimeValid ? <Alert severity="warning">{t('booking.form.badTime')}</Alert> : null}
      {showHint && isTimeValid && !isLocked ? (
        <AvailabilityHint
          start={new Date(startOf(draft, timeZone)).toISOString()}
          end={new Date(endOf(draft, timeZone)).toISOString()}
          officeId={officeId}
          roomId={draft.roomId}
          rooms={rooms}
          seats={1 + draft.attendeeIds.length + draft.attendeeEmails.length}
          onChoose={(roomId) => change({ roomId })}
        />
      ) : null}
    </>
  );
}
