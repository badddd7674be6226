import Box from '@mui/material/Box';
import { useCallback, useState } from 'react';
import type { KioskStatus } from '../../../../core/contract/kiosk';
import type { ApiClient } from '../../../api/client';
import { BookSheet } from '../book/BookSheet';
import { EndSheet } from '../book/EndSheet';
import { RefusalSheet } from '../book/RefusalSheet';
import { TakenSheet } from '../book/TakenSheet';
import { useKioskClock, useNow } from '../clock/clockContext';
import { roomState } from '../model/roomState';
import type { KioskSettings } from '../model/settings';
import type { StatusFeed } from '../model/statusFeed';
import { useDoorFlow } from '../model/useDoorFlow';
import { useIdle } from '../model/useIdle';
import { useKioskLanguage } from '../model/useKioskLanguage';
import { AdminExit } from './AdminExit';
import { IdleWarning } from './IdleWarning';
import { KioskLanguageToggle } from './KioskLanguageToggle';
import { OfflineBanner } from './OfflineBanner';
import { SidePanel } from './SidePanel';
import { StatePanel } from './StatePanel';

/**
 * The door at work: state panel and side panel side by side in landscape, stacked in portrait;
 * the sheets of an interaction over them; the idle watch that brings everything home.
 */
export function DoorScreen({ status, isOnline, isSettling, updatedAt, client, feed, settings, onLeave, onDisconnect }: {
  status: KioskStatus;
  isOnline: boolean;
  isSettling: boolean;
  updatedAt: number | null;
  client: ApiClient;
  feed: StatusFeed;
  settings: KioskSettings;
  onLeave: () => void;
  onDisconnect: () => void;
}) {
  const now = useNow();
  const clock = useKioskClock();
  const state = roomState(status, now);
  const tz = status.office.timeZone;
  const language = useKioskLanguage(status.defaultLocale);
  const door = useDoorFlow({ client, feed, clock, roomId: status.room.id });
  const [isAdminOpen, setAdminOpen] = useState(false);
  const { home } = door;
  const { reset } = language;
  const goHome = useCallback(() => {
    home();
    reset();
  }, [home, reset]);
  const idle = useIdle({ isAway: (door.isAway || language.isSwitched || door.problem !== null) && !isAdminOpen, idleMs: settings.idleMs, warnMs: settings.warnMs, onIdle: goHome });
  const flow = door.flow;
  const isBooking = door.pending === 'book';

  return (
    <Box
      data-testid="door"
      data-room-id={status.room.id}
      data-settling={isSettling}
      sx={{ height: '100vh', display: 'flex', flexDirection: 'column', overflow: 'hidden', bgcolor: '#FFFFFF' }}
    >
      {!isOnline ? <OfflineBanner updatedAt={updatedAt} timeZone={tz} /> : null}
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) minmax(380px, 34%)',
          '@media (orientation: portrait)': { gridTemplateColumns: '1fr', gridTemplateRows: 'minmax(0, 1.35fr) minmax(0, 1fr)' },
        }}
      >
        <StatePanel
          status={status}
          state={state}
          isOnline={isOnline}
          isSettling={isSettling}
          pending={door.pending}
          problem={door.problem}
          actions={{ onOffer: door.chooseOffer, onCheckIn: door.checkIn, onExtend: door.extend, onEnd: door.askToEnd }}
        />
        <SidePanel
          status={status}
          footer={
            <>
              <KioskLanguageToggle onChoose={language.choose} />
              <AdminExit onOpenChange={setAdminOpen} onLeave={onLeave} onDisconnect={onDisconnect} />
            </>
          }
        />
      </Box>
      {flow.step === 'book' ? (
        <BookSheet roomName={status.room.name} offer={flow.offer} timeZone={tz} isBusy={isBooking} onConfirm={door.confirmBooking} onCancel={door.home} />
      ) : null}
      {flow.step === 'refused' ? (
        <RefusalSheet error={flow.error} roomName={status.room.name} timeZone={tz} isBusy={isBooking} onTake={door.takeAlternative} onBack={door.home} />
      ) : null}
      {flow.step === 'taken' ? <TakenSheet room={flow.room} end={flow.end} timeZone={tz} onDone={door.home} /> : null}
      {flow.step === 'end' ? <EndSheet isBusy={door.pending === 'end'} onConfirm={door.confirmEnd} onKeep={door.home} /> : null}
      {idle.phase === 'warning' && idle.homeAt !== null ? <IdleWarning homeAt={idle.homeAt} /> : null}
    </Box>
  );
}
