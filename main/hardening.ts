/**
 * Locks every window down: no navigation away from our page, no new windows, no permissions,
 * a Content-Security-Policy on every response, and no dev tools in a packaged build.
 * Each function takes the small part of Electron's webContents or session it touches.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI's emotion injects <style> tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for the page. Vite's dev server needs its inline React-refresh preamble and its
 * hot-reload socket, so a development run (never a packaged one) loosens exactly those two.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const socket = new URL(devServerUrl);
  socket.protocol = socket.protocol === 'https:' ? 'wss:' : 'ws:';
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket.origin}`,
  );
}

export interface PreventableEvent {
  preventDefault(): void;
  /** Electron ≥ 25 puts the target on the event; older signatures pass it second. */
  url?: string;
}

export interface NavigatingContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
}

/** Stays on our own page: any navigation or redirect elsewhere is cancelled. */
export function denyForeignNavigation(contents: NavigatingContents, isAppUrl: (url: string) => boolean): void {
  const guard = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(event.url ?? url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
}

export interface WindowOpeningContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function denyNewWindows(contents: WindowOpeningContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface WebviewContents {
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

/** `webviewTag` is off already; this refuses one even if a setting slips. */
export function denyWebviews(contents: WebviewContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface DevToolsContents {
  on(event: 'devtools-opened', listener: () => void): unknown;
  closeDevTools(): void;
}

/** A packaged build (a door tablet in a corridor) never shows dev tools. */
export function denyDevTools(contents: DevToolsContents): void {
  contents.on('devtools-opened', () => contents.closeDevTools());
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** Roomly needs no camera, microphone, notifications, geolocation, …: every request is refused. */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

type Headers = Record<string, string[] | string>;

export interface HeadersSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Headers },
        callback: (response: { responseHeaders?: Headers }) => void,
      ) => void,
    ): void;
  };
}

/** Sets our policy on every response, replacing whatever policy header (in any casing) came with it. */
export function applyContentSecurityPolicy(session: HeadersSession, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Headers = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}

export type HardenedContents = NavigatingContents & WindowOpeningContents & WebviewContents & DevToolsContents;

/** Everything a window's webContents gets, in one call (index.ts applies it to every new one). */
export function hardenWebContents(
  contents: HardenedContents,
  options: { isAppUrl: (url: string) => boolean; isPackaged: boolean },
): void {
  denyForeignNavigation(contents, options.isAppUrl);
  denyNewWindows(contents);
  denyWebviews(contents);
  if (options.isPackaged) denyDevTools(contents);
}

/** Everything the session gets. */
export function hardenSession(session: PermissionSession & HeadersSession, policy: string): void {
  denyPermissions(session);
  applyContentSecurityPolicy(session, policy);
}
