import { createClient, createHttpTransport, type ApiClient, type TokenStorage } from '../../../api/client';
import { REFRESH_KEY, TOKEN_KEY } from '../../../api/httpTransport';

/**
 * The door tablet's connection. Inside the desktop app the main process holds the device
 * credential (the page never sees it), so the tablet uses the app's own client. In a browser the
 * tablet keeps its device token in localStorage, so it stays enrolled across reloads and restarts;
 * a refused token is dropped by the transport and the tablet asks for a new code.
 */
export const DEVICE_TOKEN_KEY = 'roomly.kiosk.deviceToken';

/** localStorage behind the transport's token slots: the access slot holds the device token, no refresh token. */
export function deviceTokenStorage(storage: Storage | undefined = globalThis.localStorage): TokenStorage {
  const safe = (run: () => string | null | void) => {
    try {
      return run() ?? null;
    } catch {
      return null; // storage switched off: the tablet then lasts for this page only
    }
  };
  return {
    getItem: (key) => (key === TOKEN_KEY ? (safe(() => storage?.getItem(DEVICE_TOKEN_KEY)) as string | null) : null),
    setItem: (key, value) => {
      if (key === TOKEN_KEY) safe(() => storage?.setItem(DEVICE_TOKEN_KEY, value));
    },
    removeItem: (key) => {
      if (key === TOKEN_KEY || key === REFRESH_KEY) safe(() => storage?.removeItem(DEVICE_TOKEN_KEY));
    },
  };
}

export interface DeviceConnection {
  client: ApiClient;
  transport: ApiClient['transport'];
  /** The device token for the event stream (HTTP only; null inside the desktop app or when not enrolled). */
  token(): string | null;
  /** Keeps the credential from `devices.redeem` (HTTP; the desktop's main process keeps its own). */
  remember(deviceToken: string): void;
  forget(): void;
  /** Whether this page holds a device token (HTTP), or may (desktop: ask the main process). */
  mayBeEnrolled(): boolean;
}

export function createDeviceConnection(shared: ApiClient): DeviceConnection {
  if (shared.transport === 'ipc') {
    return { client: shared, transport: 'ipc', token: () => null, remember: () => {}, forget: () => {}, mayBeEnrolled: () => true };
  }
  const storage = deviceTokenStorage();
  const client = createClient(createHttpTransport({ storage, timeoutMs: 8_000 }));
  return {
    client,
    transport: 'http',
    token: () => storage.getItem(TOKEN_KEY),
    remember: (deviceToken) => storage.setItem(TOKEN_KEY, deviceToken),
    forget: () => storage.removeItem(TOKEN_KEY),
    mayBeEnrolled: () => storage.getItem(TOKEN_KEY) !== null,
  };
}
