import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProvider } from '../../api/ApiProvider';
import { useApi } from '../../api/apiContext';
import { DoorPage } from './door/DoorPage';
import { EnrollPage } from './enroll/EnrollPage';
import { createDeviceConnection } from './model/deviceClient';
import { readKioskSettings } from './model/settings';

/**
 * The door tablet (`#/kiosk`): enrolment until it holds a device credential, then its room.
 * Calls go out as the device, never as a person: a browser tablet uses its own client with the
 * device token; inside the desktop app the main process holds the credential.
 */
export function KioskApp() {
  const shared = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.toString();
  const settings = useMemo(() => readKioskSettings(new URLSearchParams(query)), [query]);
  const connection = useMemo(() => createDeviceConnection(shared), [shared]);
  const [phase, setPhase] = useState<'enroll' | 'door'>(() => (connection.mayBeEnrolled() ? 'door' : 'enroll'));
  const [notice, setNotice] = useState<'revoked' | null>(null);

  const unenrolled = useCallback(() => {
    setNotice(phase === 'door' && connection.transport === 'http' ? 'revoked' : null);
    connection.forget();
    setPhase('enroll');
  }, [connection, phase]);

  return (
    <ApiProvider client={connection.client}>
      {phase === 'door' ? (
        <DoorPage connection={connection} settings={settings} onUnenrolled={unenrolled} onLeave={() => navigate('/console')} />
      ) : (
        <EnrollPage
          connection={connection}
          notice={notice}
          onEnrolled={() => {
            setNotice(null);
            setPhase('door');
          }}
        />
      )}
    </ApiProvider>
  );
}
