import CloudOffRoundedIcon from '@mui/icons-material/CloudOffRounded';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import LoginRoundedIcon from '@mui/icons-material/LoginRounded';
import MoreTimeRoundedIcon from '@mui/icons-material/MoreTimeRounded';
import StopCircleRoundedIcon from '@mui/icons-material/StopCircleRounded';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskEntry, KioskStatus, WalkUpOfferView } from '../../../../core/contract/kiosk';
import { currentLanguage } from '../../../i18n';
import { formatTime } from '../model/format';
import { isFreeState, type RoomState } from '../model/roomState';
import { BookOffers } from './BookOffers';
import { PanelButton } from './PanelButton';

export interface DoorActions {
  onOffer(offer: WalkUpOfferView): void;
  onCheckIn(entry: KioskEntry): void;
  onExtend(bookingId: string, end: string): void;
  onEnd(entry: KioskEntry): void;
}

const BLOCKED_KEYS = new Set(['occupied', 'outsideWorkingHours', 'holiday']);

function Note({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid={testId}>
      {icon}
      <Typography sx={{ fontSize: '1.25rem', fontWeight: 600 }}>{children}</Typography>
    </Stack>
  );
}

/**
 * What a visitor can do now, on the state colour. Only what the engine and the state allow is
 * offered; without a connection every action is shown disabled, with the reason.
 */
export function ActionArea({ status, state, isOnline, isSettling, pending, actions, tone }: {
  status: KioskStatus;
  state: RoomState;
  isOnline: boolean;
  /** The door has just changed and the server's new offers are on their way. */
  isSettling: boolean;
  /** The action on its way to the server (its button shows it), if any. */
  pending: string | null;
  actions: DoorActions;
  tone: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  const tz = status.office.timeZone;
  const isDisabled = !isOnline || pending !== null;
  const running = state.current?.kind === 'booking' && state.current.status === 'confirmed' ? state.current : null;
  const extend = running && state.kind === 'busy' && status.extend?.bookingId === running.id ? status.extend : null;
  const offers = isFreeState(state.kind) ? status.walkUp.offers : [];
  const blockedBy = status.walkUp.blockedBy;
  const blockedText =
    state.kind === 'maintenance'
      ? t('kiosk.blocked.maintenance')
      : blockedBy && BLOCKED_KEYS.has(blockedBy.code)
        ? t(`kiosk.blocked.${blockedBy.code}`)
        : t('kiosk.blocked.generic');
  const iconSx = { fontSize: 34 } as const;

  return (
    <Stack spacing={2.5} data-testid="door-actions">
      {state.checkInFor ? (
        <PanelButton tone={tone} disabled={isDisabled} data-testid="check-in" startIcon={<LoginRoundedIcon sx={iconSx} />} onClick={() => actions.onCheckIn(state.checkInFor!)} sx={{ minHeight: 88, fontSize: '1.75rem' }}>
          {t('kiosk.actions.checkIn')}
        </PanelButton>
      ) : null}
      {isFreeState(state.kind) && offers.length > 0 ? (
        <BookOffers offers={offers} tone={tone} timeZone={tz} isDisabled={isDisabled} onChoose={actions.onOffer} />
      ) : null}
      {running ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: extend ? '1fr 1fr' : '1fr', gap: 1.5 }}>
          {extend ? (
            <PanelButton tone={tone} disabled={isDisabled} data-testid="extend" startIcon={<MoreTimeRoundedIcon sx={iconSx} />} onClick={() => actions.onExtend(extend.bookingId, extend.end)}>
              {t('kiosk.actions.extend', { time: formatTime(extend.end, tz, locale) })}
            </PanelButton>
          ) : null}
          <PanelButton tone={tone} quiet disabled={isDisabled} data-testid="end-early" startIcon={<StopCircleRoundedIcon sx={iconSx} />} onClick={() => actions.onEnd(running)}>
            {t('kiosk.actions.end')}
          </PanelButton>
        </Box>
      ) : null}
      {isSettling && !running && offers.length === 0 && isFreeState(state.kind) ? (
        <Box aria-hidden data-testid="offers-settling" sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 1.5, pt: 5 }}>
          {[0, 1, 2, 3].map((i) => (
            <Box key={i} sx={{ height: 96, borderRadius: 4, bgcolor: 'rgba(255,255,255,0.18)' }} />
          ))}
        </Box>
      ) : null}
      {!isSettling && !running && !state.checkInFor && offers.length === 0 ? <Note icon={<InfoOutlinedIcon aria-hidden sx={iconSx} />} testId="book-blocked">{blockedText}</Note> : null}
      {!isOnline ? <Note icon={<CloudOffRoundedIcon aria-hidden sx={iconSx} />} testId="actions-offline">{t('kiosk.actions.needsConnection')}</Note> : null}
    </Stack>
  );
}
