import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackoffLimiter, POLICIES, waitAfter } from './rateLimit';
import { startHarness, type Harness } from './testkit';

describe('the backoff policy', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    const waits = Array.from({ length: 12 }, (_, i) => waitAfter(POLICIES.account, i + 1));
    expect(waits).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('never makes a person wait more than a minute because of failures against their account', () => {
    for (let n = 1; n < 1000; n++) expect(waitAfter(POLICIES.account, n)).toBeLessThanOrEqual(60);
  });

  it('forgets failures some time after the last one', () => {
    const limiter = new BackoffLimiter();
    const keys = [{ key: 'account:a@x.test', policy: POLICIES.account }];
    const t0 = new Date('2026-11-23T09:00:00.000Z');
    for (let i = 0; i < 3; i++) limiter.fail(keys, t0);
    expect(limiter.failures('account:a@x.test', t0)).toBe(3);
    expect(limiter.failures('account:a@x.test', new Date(t0.getTime() + 16 * 60_000))).toBe(0);
  });
});

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h?.close());

const attempt = (email: string, password: string, address = '203.0.113.7') =>
  h.call('auth.login', { email, password }, null, { clientAddress: address });

describe('sign-in backoff', () => {
  it('locks an account out after repeated failures and lets it in after the backoff', async () => {
    const user = await h.addUser('employee');
    for (let i = 0; i < 6; i++) {
      expect(await attempt(user.email, 'wrong password')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    // Even the right password waits now; the answer says how long.
    const refused = await attempt(user.email, user.password);
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterS: 2 } } });
    h.advance(1);
    expect((await attempt(user.email, user.password)).ok).toBe(false);
    h.advance(1);
    expect((await attempt(user.email, user.password)).ok).toBe(true);
    // A success clears the account's count: the next failure is free again.
    expect(await attempt(user.email, 'wrong password')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('applies the account backoff to every address, but only briefly', async () => {
    const user = await h.addUser('employee');
    for (let i = 0; i < 11; i++) await attempt(user.email, 'wrong password', `198.51.100.${i}`);
    const refused = await attempt(user.email, user.password, '192.0.2.1');
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect((refused as any).error.details.retryAfterS).toBeLessThanOrEqual(60);
    h.advance(60);
    expect((await attempt(user.email, user.password, '192.0.2.1')).ok).toBe(true);
  });

  it('slows one address that tries many accounts, without touching other addresses', async () => {
    const victim = await h.addUser('employee');
    for (let i = 0; i < 21; i++) await attempt(`nobody${i}@roomly.test`, 'guess guess guess');
    expect((await attempt(victim.email, victim.password)).ok).toBe(false);
    expect(await h.code('auth.login', { email: victim.email, password: victim.password }, null, { clientAddress: '192.0.2.99' })).toBeUndefined();
    h.advance(2);
    expect((await attempt(victim.email, victim.password)).ok).toBe(true);
  });

  it('does not limit the desktop itself by address, so one person cannot make a shared console wait', async () => {
    const colleague = await h.addUser('employee');
    for (let i = 0; i < 30; i++) await h.call('auth.login', { email: `nobody${i}@roomly.test`, password: 'guess guess guess' });
    expect(await h.code('auth.login', { email: colleague.email, password: colleague.password })).toBeUndefined();
  });

  it('records each failed sign-in in the audit log, without the password', async () => {
    const user = await h.addUser('employee');
    await attempt(user.email, 'wrong password');
    await attempt('nobody@roomly.test', 'wrong password');
    const entries = await h.db.models.AuditEntry.findAll({ where: { action: 'auth.loginFailed' }, order: [['id', 'ASC']] });
    expect(entries.map((e) => e.data)).toEqual([
      { email: user.email, reason: 'wrongPassword', address: '203.0.113.7' },
      { email: 'nobody@roomly.test', reason: 'unknownEmail', address: '203.0.113.7' },
    ]);
    expect(JSON.stringify(entries)).not.toContain('wrong password');
  });
});
