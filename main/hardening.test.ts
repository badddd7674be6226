import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  applyContentSecurityPolicy,
  contentSecurityPolicy,
  denyPermissions,
  hardenSession,
  hardenWebContents,
  type HeadersSession,
} from './hardening';
import { createAppUrlCheck } from './origin';

/** Stands in for a webContents: an event emitter plus the handlers it records. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  devToolsClosed = 0;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }
  closeDevTools() {
    this.devToolsClosed += 1;
  }
  /** Emits like Electron ≥ 25: the URL is on the event and also passed second. Returns whether it went ahead. */
  navigate(name: 'will-navigate' | 'will-redirect', url: string): boolean {
    let isPrevented = false;
    this.emit(name, { url, preventDefault: () => (isPrevented = true) }, url);
    return !isPrevented;
  }
}

function fakeSession() {
  const recorded: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (contents: unknown, permission: string) => boolean;
    headers?: Parameters<HeadersSession['webRequest']['onHeadersReceived']>[0];
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: NonNullable<typeof recorded.request>) => void (recorded.request = handler),
    setPermissionCheckHandler: (handler: NonNullable<typeof recorded.check>) => void (recorded.check = handler),
    webRequest: { onHeadersReceived: (listener: NonNullable<typeof recorded.headers>) => void (recorded.headers = listener) },
  };
  /** Runs the registered header listener on a response and returns the headers it would pass on. */
  const respond = (responseHeaders: Record<string, string[] | string>) => {
    let result: Record<string, string[] | string> | undefined;
    recorded.headers?.({ responseHeaders }, (response) => (result = response.responseHeaders));
    return result;
  };
  return { session, recorded, respond };
}

const harden = (isPackaged: boolean, devServerUrl?: string) => {
  const contents = new FakeContents();
  hardenWebContents(contents, { isAppUrl: createAppUrlCheck({ devServerUrl }), isPackaged });
  return contents;
};

describe('hardenWebContents', () => {
  it('lets the page move within our own app', () => {
    const contents = harden(true);
    expect(contents.navigate('will-navigate', 'app://roomly/index.html#/kiosk')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'http://localhost:5173/index.html',
    'javascript:alert(1)',
  ])('cancels navigation and redirects to %s', (url) => {
    const contents = harden(true);
    expect(contents.navigate('will-navigate', url)).toBe(false);
    expect(contents.navigate('will-redirect', url)).toBe(false);
  });

  it('allows the configured dev server during development', () => {
    const contents = harden(false, 'http://localhost:5173');
    expect(contents.navigate('will-navigate', 'http://localhost:5173/index.html')).toBe(true);
    expect(contents.navigate('will-navigate', 'http://localhost:8080/')).toBe(false);
  });

  it('denies every new window', () => {
    const contents = harden(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://roomly/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = harden(true);
    let isPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (isPrevented = true) });
    expect(isPrevented).toBe(true);
  });

  it('closes dev tools as soon as they open in a packaged build', () => {
    const contents = harden(true);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });

  it('keeps dev tools available while developing', () => {
    const contents = harden(false);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(0);
  });
});

describe('denyPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses a request for %s and reports it as not granted',
    (permission) => {
      const { session, recorded } = fakeSession();
      denyPermissions(session);
      const answers: boolean[] = [];
      recorded.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(recorded.check?.({}, permission)).toBe(false);
    },
  );
});

describe('Content-Security-Policy', () => {
  it('is the strict policy the design asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is added to every response and replaces a looser one in any casing', () => {
    const { session, respond } = fakeSession();
    applyContentSecurityPolicy(session, CONTENT_SECURITY_POLICY);
    expect(respond({ 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] })).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(respond({})).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('opens only the inline preamble and the hot-reload socket of the dev server during development', () => {
    const policy = contentSecurityPolicy('http://localhost:5173');
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173;");
    expect(policy).toContain("object-src 'none'");
  });

  it('is set together with the permission handlers by hardenSession', () => {
    const { session, recorded, respond } = fakeSession();
    hardenSession(session, CONTENT_SECURITY_POLICY);
    expect(recorded.request).toBeTypeOf('function');
    expect(recorded.check).toBeTypeOf('function');
    expect(respond({})).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
