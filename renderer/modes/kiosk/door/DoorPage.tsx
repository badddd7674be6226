import CloudOffRoundedIcon from '@mui/icons-material/CloudOffRounded';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageMessage } from '../../../components/FullPageMessage';
import { KioskClockProvider } from '../clock/KioskClockProvider';
import { createKioskClock } from '../clock/kioskClock';
import type { DeviceConnection } from '../model/deviceClient';
import { openLiveChanges } from '../model/liveChanges';
import type { KioskSettings } from '../model/settings';
import { createStatusFeed, type StatusFeed } from '../model/statusFeed';
import { DoorScreen } from './DoorScreen';

declare global {
  interface Window {
    /** Only with `?bench=1`: the benchmark feeds recorded answers through the real refresh path. */
    __roomlyKiosk?: { feed: StatusFeed };
  }
}

/**
 * An enrolled door: one status feed, refreshed by live pokes (IPC inside the desktop app, the
 * server's event stream in a browser), by a timer and whenever the schedule turns.
 */
export function DoorPage({ connection, settings, onUnenrolled, onLeave }: {
  connection: DeviceConnection;
  settings: KioskSettings;
  onUnenrolled: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const clock = useMemo(() => createKioskClock(), []);
  const feed = useMemo(() => createStatusFeed({ client: connection.client, clock, refreshMs: settings.refreshMs }), [connection, clock, settings.refreshMs]);

  useEffect(() => {
    feed.start();
    const stopLive = openLiveChanges({
      onChange: () => void feed.refresh(),
      onLink: (state) => feed.link(state),
      token: connection.token,
      bridge: typeof window !== 'undefined' ? window.roomly : undefined,
    });
    if (settings.isBench) window.__roomlyKiosk = { feed };
    return () => {
      stopLive();
      feed.stop();
      if (window.__roomlyKiosk?.feed === feed) delete window.__roomlyKiosk;
    };
  }, [feed, connection, settings.isBench]);

  const snapshot = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
  useEffect(() => {
    if (snapshot.isUnenrolled) onUnenrolled();
  }, [snapshot.isUnenrolled, onUnenrolled]);

  const disconnect = () => {
    connection.forget();
    onUnenrolled();
  };

  return (
    <KioskClockProvider clock={clock}>
      {snapshot.status ? (
        <DoorScreen
          status={snapshot.status}
          isOnline={snapshot.isOnline}
          isSettling={snapshot.isSettling}
          updatedAt={snapshot.updatedAt}
          client={connection.client}
          feed={feed}
          settings={settings}
          onLeave={onLeave}
          onDisconnect={disconnect}
        />
      ) : snapshot.isOnline ? (
        <FullPageMessage isBusy title={t('kiosk.loading')} />
      ) : (
        <FullPageMessage
          icon={<CloudOffRoundedIcon sx={{ fontSize: 56 }} aria-hidden />}
          title={t('kiosk.offline.title')}
          body={t('kiosk.offline.never')}
        />
      )}
    </KioskClockProvider>
  );
}
