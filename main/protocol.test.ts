import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from './protocol';

const root = path.resolve('/srv/roomly/web');

describe('resolveAppPath', () => {
  it.each([
    ['app://roomly/index.html', 'index.html'],
    ['app://roomly/', 'index.html'],
    ['app://roomly', 'index.html'],
    ['app://roomly/index.html#/kiosk', 'index.html'],
    ['app://roomly/assets/index-3f2a.js?v=1', 'assets/index-3f2a.js'],
    ['app://roomly/fonts/Inter%20Variable.woff2', 'fonts/Inter Variable.woff2'],
    ['app://roomly/./assets/./a.css', 'assets/a.css'],
    ['app://roomly/assets/', 'assets/index.html'],
  ])('maps %s into the web build', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    ['a parent directory', 'app://roomly/..%2F..%2Fetc/passwd'],
    ['a doubly hidden parent', 'app://roomly/assets/%2e%2e%2F%2e%2e%2F%2e%2e%2Fetc%2Fpasswd'],
    ['a backslash', 'app://roomly/..%5C..%5Cwindows%5Cwin.ini'],
    ['a NUL byte', 'app://roomly/index.html%00.png'],
    ['broken percent-encoding', 'app://roomly/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///srv/roomly/web/index.html'],
    ['no URL at all', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the URL (invariant over many paths)', () => {
    const pieces = ['..', '%2e%2e', '%2E%2E', '.', '%2f', '%5c', 'a', '', '%00', '...', '..%2f', '%252e%252e'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const resolved = resolveAppPath(root, `app://roomly/${a}/${b}/${c}`);
          if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
        }
      }
    }
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'roomly-web-'));
    mkdirSync(path.join(dir, 'web', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'web', 'index.html'), '<!doctype html><title>Roomly</title>');
    writeFileSync(path.join(dir, 'web', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the web build');
    handle = createAppProtocolHandler({ root: path.join(dir, 'web'), contentSecurityPolicy: "default-src 'self'" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page with its type, the policy and nosniff', async () => {
    const response = await handle(new Request('app://roomly/index.html#/console'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Roomly</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://roomly/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file and for a file outside the build', async () => {
    expect((await handle(new Request('app://roomly/missing.js'))).status).toBe(404);
    const escape = await handle(new Request('app://roomly/..%2Fsecret.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside');
  });

  it('answers 404 for a directory without an index', async () => {
    expect((await handle(new Request('app://roomly/assets/'))).status).toBe(404);
  });

  it('refuses anything but reading', async () => {
    expect((await handle(new Request('app://roomly/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
