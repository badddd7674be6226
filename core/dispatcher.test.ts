import { describe, expect, it } from 'vitest';
import type { Caller } from './domain';
import { createDispatcher, type CallContext, type Handlers } from './dispatcher';
import { AppError, unauthenticated } from './errors';

const OFFICE = { id: '0190a000-0000-7000-8000-000000000001', name: 'Berlin', timeZone: 'Europe/Berlin', workingHours: {}, holidays: [] };
const employee: Caller = { kind: 'user', userId: '0190a000-0000-7000-8000-0000000000e1', role: 'employee', officeId: null };
const admin: Caller = { kind: 'user', userId: '0190a000-0000-7000-8000-0000000000a1', role: 'admin', officeId: null };
const tablet: Caller = { kind: 'device', deviceId: '0190a000-0000-7000-8000-0000000000d1', roomId: null };
const tokens: Record<string, Caller> = { employee, admin, tablet };

type Ctx = CallContext<null>;
function dispatcherWith(handlers: Partial<Handlers<Ctx>>, onUnexpected?: (e: unknown) => void) {
  return createDispatcher<null>({
    handlers: handlers as Handlers<Ctx>,
    store: null,
    clock: () => new Date('2026-11-23T09:00:00.000Z'),
    authenticate: async (token) => {
      const caller = tokens[token];
      if (!caller) throw unauthenticated();
      return caller;
    },
    ...(onUnexpected ? { onUnexpected } : {}),
  });
}

describe('the dispatcher', () => {
  it('answers an unknown method with NOT_FOUND', async () => {
    const result = await dispatcherWith({})('rooms.explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a protected method without a token as UNAUTHENTICATED', async () => {
    const result = await dispatcherWith({ 'offices.list': async () => [] })('offices.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a role the method does not allow as FORBIDDEN', async () => {
    const result = await dispatcherWith({})('offices.create', { name: 'X', timeZone: 'Europe/Berlin' }, { token: 'employee' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets a door tablet call only methods open to devices', async () => {
    const d = dispatcherWith({ 'offices.list': async () => [], 'rooms.list': async () => [] });
    expect(await d('offices.list', {}, { token: 'tablet' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d('rooms.list', {}, { token: 'tablet' })).toEqual({ ok: true, value: [] });
  });

  it('names every failing field of invalid input', async () => {
    const result = await dispatcherWith({})('offices.create', { name: '', timeZone: 'Mars/Olympus' }, { token: 'admin' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const paths = (result.error.details?.['fields'] as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'timeZone']));
  });

  it('passes the caller, the clock and parsed input to the handler', async () => {
    let seen: unknown;
    const d = dispatcherWith({
      'offices.create': async (ctx, input) => {
        seen = { caller: ctx.caller, now: ctx.now.toISOString(), input };
        return { ...OFFICE, name: input.name };
      },
    });
    const result = await d('offices.create', { name: 'Berlin', timeZone: 'Europe/Berlin' }, { token: 'admin' });
    expect(result).toEqual({ ok: true, value: OFFICE });
    expect(seen).toEqual({ caller: admin, now: '2026-11-23T09:00:00.000Z', input: { name: 'Berlin', timeZone: 'Europe/Berlin' } });
  });

  it('returns an AppError thrown by a handler as data', async () => {
    const d = dispatcherWith({
      'offices.list': async () => {
        throw new AppError('CONFLICT', 'Taken.', { key: 'errors.taken', details: { a: 1 } });
      },
    });
    expect(await d('offices.list', {}, { token: 'employee' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Taken.', key: 'errors.taken', details: { a: 1 } },
    });
  });

  it('hides an unexpected exception behind INTERNAL and reports it', async () => {
    const reported: unknown[] = [];
    const d = dispatcherWith(
      {
        'offices.list': async () => {
          throw new Error('disk on fire at /secret/path');
        },
      },
      (e) => reported.push(e),
    );
    const result = await d('offices.list', {}, { token: 'employee', requestId: 'r-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { requestId: 'r-1' } } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(reported).toHaveLength(1);
  });

  it('treats a handler answer that breaks the output contract as INTERNAL', async () => {
    const d = dispatcherWith({ 'offices.list': async () => [{ id: 'not-a-uuid' }] as never }, () => {});
    expect(await d('offices.list', {}, { token: 'employee' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('drops fields the output contract does not name, such as a password hash', async () => {
    const d = dispatcherWith({ 'offices.list': async () => [{ ...OFFICE, passwordHash: 'x' }] as never });
    expect(await d('offices.list', {}, { token: 'employee' })).toEqual({ ok: true, value: [OFFICE] });
  });

  it('ignores a stale token on a public method instead of refusing it', async () => {
    const d = dispatcherWith({
      'auth.login': async () => {
        throw new AppError('UNAUTHENTICATED', 'The e-mail or password is wrong.');
      },
    });
    const result = await d('auth.login', { email: 'a@b.co', password: 'x' }, { token: 'expired' });
    expect(result).toMatchObject({ ok: false, error: { message: 'The e-mail or password is wrong.' } });
  });
});
