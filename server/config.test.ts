import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('server settings', () => {
  it('uses safe defaults: loopback, port 8080, ./data, no demo data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, seed: 'none', admin: null, databaseUrl: undefined });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('accepts port 0 to pick a free port', () => {
    expect(readConfig({ PORT: '0' }).port).toBe(0);
  });

  it('names the setting and the reason when a port is not a number', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number from 0 to 65535/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });

  it('wants the admin e-mail and password together, and a password of 10 characters or more', () => {
    expect(() => readConfig({ ROOMLY_ADMIN_EMAIL: 'a@b.co' })).toThrow(/go together/);
    expect(() => readConfig({ ROOMLY_ADMIN_EMAIL: 'a@b.co', ROOMLY_ADMIN_PASSWORD: 'short' })).toThrow(/at least 10/);
    expect(readConfig({ ROOMLY_ADMIN_EMAIL: 'a@b.co', ROOMLY_ADMIN_PASSWORD: 'long enough pw' }).admin).toEqual({
      email: 'a@b.co',
      password: 'long enough pw',
    });
  });

  it('trusts no proxy unless told which, so a client cannot forge its address', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ ROOMLY_TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(() => readConfig({ ROOMLY_TRUST_PROXY: 'everyone' })).toThrow(/ROOMLY_TRUST_PROXY/);
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 8080, databaseUrl: undefined });
  });
});
