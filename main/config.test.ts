import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type ConfigSources } from './config';

const USER_DATA = path.resolve('/home/ada/.config/Roomly');
const ELECTRON_ARGV = ['/opt/Roomly/roomly', '--no-sandbox'];

const parse = (overrides: Partial<ConfigSources> = {}) =>
  parseConfig({ argv: ELECTRON_ARGV, env: {}, defaultDataDir: USER_DATA, isPackaged: true, ...overrides });

describe('parseConfig', () => {
  it('opens the console with data in the user data folder by default', () => {
    expect(parse()).toEqual({ mode: 'console', dataDir: USER_DATA, seed: 'none', admin: null });
  });

  it('opens the door tablet with --kiosk, wherever the flag stands', () => {
    expect(parse({ argv: [...ELECTRON_ARGV, '--kiosk'] }).mode).toBe('kiosk');
    expect(parse({ argv: ['/usr/bin/electron', '.', '--kiosk', '--enable-logging'] }).mode).toBe('kiosk');
  });

  it('takes the mode from ROOMLY_MODE when no flag is given, and the flag wins over it', () => {
    expect(parse({ env: { ROOMLY_MODE: 'kiosk' } }).mode).toBe('kiosk');
    expect(parse({ argv: ['x', '--console'], env: { ROOMLY_MODE: 'kiosk' } }).mode).toBe('console');
  });

  it('stops with a clear message on a mode it does not know or on both flags', () => {
    expect(() => parse({ env: { ROOMLY_MODE: 'tablet' } })).toThrow(new ConfigError('ROOMLY_MODE must be "console" or "kiosk".'));
    expect(() => parse({ argv: ['x', '--kiosk', '--console'] })).toThrow(/not both/);
  });

  it('ignores switches it does not own (Chromium adds its own)', () => {
    expect(parse({ argv: ['x', '--kiosky', '--disable-gpu', '--data-dirs=/x'] })).toMatchObject({
      mode: 'console',
      dataDir: USER_DATA,
    });
  });

  it('takes the data folder from --data-dir= before ROOMLY_DATA_DIR, as an absolute path', () => {
    expect(parse({ env: { ROOMLY_DATA_DIR: '/var/lib/roomly' } }).dataDir).toBe(path.resolve('/var/lib/roomly'));
    expect(parse({ argv: ['x', '--data-dir=/srv/a'], env: { ROOMLY_DATA_DIR: '/var/lib/roomly' } }).dataDir).toBe(
      path.resolve('/srv/a'),
    );
    expect(parse({ argv: ['x', '--data-dir=relative/dir'] }).dataDir).toBe(path.resolve('relative/dir'));
    expect(() => parse({ argv: ['x', '--data-dir='] })).toThrow(ConfigError);
  });

  it('loads the renderer from a local dev server only when not packaged', () => {
    const env = { ROOMLY_DEV_SERVER_URL: 'http://localhost:5173/some/path' };
    expect(parse({ env, isPackaged: false }).devServerUrl).toBe('http://localhost:5173');
    expect(parse({ env, isPackaged: true })).not.toHaveProperty('devServerUrl');
  });

  it.each(['https://example.com', 'http://192.168.1.5:5173', 'file:///tmp/index.html', 'localhost:5173'])(
    'refuses a dev server at %s',
    (url) => {
      expect(() => parse({ env: { ROOMLY_DEV_SERVER_URL: url }, isPackaged: false })).toThrow(ConfigError);
    },
  );

  it('takes first-run data like the server does: demo data and a first admin', () => {
    const env = { ROOMLY_SEED: 'demo', ROOMLY_ADMIN_EMAIL: 'admin@example.com', ROOMLY_ADMIN_PASSWORD: 'long enough!' };
    expect(parse({ env })).toMatchObject({ seed: 'demo', admin: { email: 'admin@example.com', password: 'long enough!' } });
    expect(parse({ env: { ROOMLY_SEED: '' } }).seed).toBe('none');
  });

  it.each([
    [{ ROOMLY_SEED: 'all' }, 'ROOMLY_SEED must be "demo" or "none".'],
    [{ ROOMLY_ADMIN_EMAIL: 'admin@example.com' }, 'set both or neither'],
    [{ ROOMLY_ADMIN_EMAIL: 'admin', ROOMLY_ADMIN_PASSWORD: 'long enough!' }, 'must be an e-mail address'],
    [{ ROOMLY_ADMIN_EMAIL: 'admin@example.com', ROOMLY_ADMIN_PASSWORD: 'short' }, 'at least 10 characters'],
  ])('stops on bad first-run settings %j', (env, message) => {
    expect(() => parse({ env })).toThrow(message);
  });
});
