/**
 * Which pages belong to Roomly. The packaged app is served from a privileged custom scheme
 * (`app://roomly/…`); during development the renderer comes from the Vite dev server instead.
 * Pure: used by the IPC adapter (who may call) and by hardening (where a window may navigate).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'roomly';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type AppMode = 'console' | 'kiosk';

/** The page a window of the given mode opens. Routes are hash routes, so one index.html serves both. */
export function appEntryUrl(mode: AppMode, devServerUrl?: string): string {
  const base = devServerUrl ? new URL('/index.html', devServerUrl).href : `${APP_ORIGIN}/index.html`;
  return `${base}#/${mode}`;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Builds the check "is this URL one of our own pages?". Custom schemes have an opaque origin in the
 * URL standard (`origin === 'null'`), so the app scheme is compared by protocol and host.
 */
export function createAppUrlCheck(options: { devServerUrl?: string | undefined } = {}): (url: string) => boolean {
  const dev = options.devServerUrl ? parse(options.devServerUrl) : null;
  return (url) => {
    const parsed = parse(url);
    if (!parsed || parsed.username || parsed.password) return false;
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return dev !== null && parsed.origin !== 'null' && parsed.origin === dev.origin;
  };
}
