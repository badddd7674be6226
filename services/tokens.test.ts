import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_SECRET, type Harness } from './testkit';
import { keyFor, TOKEN_AUDIENCE, TOKEN_ISSUER } from './tokens';

/** Forged and misused tokens: each must be refused with exactly the code in the table. */
let h: Harness;
let userId: string;
let sessionId: string;
let accessToken: string;
let refreshToken: string;
let deviceToken: string;
let nowS: number;

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A token with every claim right, signed with the real access key, unless the case changes something. */
function forge(change: { claims?: object; key?: string | Buffer | KeyObject; options?: jwt.SignOptions } = {}) {
  const claims = { typ: 'access', sub: userId, sid: sessionId, ver: 0, iat: nowS, exp: nowS + 600, ...change.claims };
  return jwt.sign(claims, change.key ?? keyFor(TEST_SECRET, 'access'), {
    algorithm: 'HS256',
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    ...change.options,
  });
}

beforeAll(async () => {
  h = await startHarness();
  const signedIn = await h.tokenFor('employee');
  userId = signedIn.user.id;
  accessToken = signedIn.token;
  refreshToken = signedIn.session.refreshToken;
  sessionId = (jwt.decode(accessToken) as { sid: string }).sid;
  nowS = Math.floor(h.now().getTime() / 1000);
  const admin = await h.tokenFor('admin');
  const roomId = await h.addRoom(await h.addOffice());
  const { code } = await h.value('devices.enroll', { roomId }, admin.token);
  deviceToken = (await h.value('devices.redeem', { code })).deviceToken;
});
afterAll(() => h?.close());

describe('bearer tokens', () => {
  it('accepts a well-formed access token (the control case)', async () => {
    expect(await h.code('auth.me', {}, forge())).toBeUndefined();
    expect(await h.code('auth.me', {}, accessToken)).toBeUndefined();
  });

  const refused: Array<[string, () => string]> = [
    ['alg: none with valid claims', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ typ: 'access', sub: userId, sid: sessionId, ver: 0, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: nowS + 600 })}.`],
    ['signed with another key', () => forge({ key: 'someone-elses-secret-that-is-also-long-enough' })],
    ['signed with the raw secret instead of the access key', () => forge({ key: TEST_SECRET })],
    ['signed with the refresh key', () => forge({ key: keyFor(TEST_SECRET, 'refresh') })],
    ['another audience', () => forge({ options: { audience: 'another-api' } })],
    ['another issuer', () => forge({ options: { issuer: 'not-roomly' } })],
    ['expired', () => forge({ claims: { exp: nowS - 1 } })],
    ['not yet valid', () => forge({ claims: { nbf: nowS + 60 } })],
    ['an algorithm other than HS256', () => forge({ options: { algorithm: 'HS512' } })],
    ['a typ other than access', () => forge({ claims: { typ: 'admin' } })],
    ['no session id', () => forge({ claims: { sid: undefined } })],
    ['an old token version', () => forge({ claims: { ver: 7 } })],
    ['a session that does not exist', () => forge({ claims: { sid: '0190a000-0000-7000-8000-00000000dead' } })],
    ['a refresh token used as an access token', () => refreshToken],
    ['a refresh token whose payload claims typ access', () => {
      const [head, , sig] = refreshToken.split('.');
      const payload = { ...(jwt.decode(refreshToken) as object), typ: 'access', ver: 0 };
      return `${head}.${b64(payload)}.${sig}`;
    }],
    ['not a token at all', () => 'hello'],
  ];

  for (const [name, token] of refused) {
    it(`refuses ${name} with UNAUTHENTICATED`, async () => {
      expect(await h.code('auth.me', {}, token())).toBe('UNAUTHENTICATED');
    });
  }

  const notRefreshTokens: Array<[string, () => string]> = [
    ['an access token', () => accessToken],
    ['a device token', () => deviceToken],
    ['a refresh token signed with another key', () =>
      jwt.sign({ typ: 'refresh', sub: userId, sid: sessionId, jti: 'x', exp: nowS + 600 }, 'another-key-another-key-another-key', {
        issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE,
      })],
  ];

  for (const [name, token] of notRefreshTokens) {
    it(`refuses ${name} presented to auth.refresh with UNAUTHENTICATED`, async () => {
      expect(await h.code('auth.refresh', { refreshToken: token() })).toBe('UNAUTHENTICATED');
    });
  }

  it('lets a device token call only device methods: auth.me is FORBIDDEN', async () => {
    expect(await h.code('auth.me', {}, deviceToken)).toBe('FORBIDDEN');
    expect(await h.code('offices.list', {}, deviceToken)).toBe('FORBIDDEN');
  });

  it('refuses a device token signed as an access token (typ device under the access key)', async () => {
    const forged = forge({ claims: { typ: 'device', room: 'x', jti: 'y' } });
    expect(await h.code('rooms.list', {}, forged)).toBe('UNAUTHENTICATED');
  });

  it('refuses an access token once the clock passes its expiry', async () => {
    const fresh = await h.tokenFor('employee');
    h.advance(15 * 60 + 1);
    expect(await h.code('auth.me', {}, fresh.token)).toBe('UNAUTHENTICATED');
  });
});
