import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { unauthenticated } from '../core/errors';

/**
 * Three kinds of token, never interchangeable: each is signed with its own key (derived from the
 * one secret), carries a `typ` claim that is checked after the signature, and has the same issuer
 * and audience. Verification names the one algorithm it accepts, so `alg: none` and any
 * asymmetric-algorithm confusion are refused before anything else is read.
 */
export const TOKEN_ISSUER = 'roomly';
export const TOKEN_AUDIENCE = 'roomly-api';
export const TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_TTL_S = 15 * 60;
/** A refresh token lives this long, but never past its session's end. */
export const REFRESH_TOKEN_TTL_S = 14 * 24 * 3600;

export const TOKEN_TYPES = ['access', 'refresh', 'device'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

const ZTime = z.number().int();
const CLAIMS = {
  access: z.object({ typ: z.literal('access'), sub: z.string(), sid: z.string(), ver: z.number().int(), exp: ZTime }),
  refresh: z.object({ typ: z.literal('refresh'), sub: z.string(), sid: z.string(), jti: z.string(), exp: ZTime }),
  /** A door tablet's credential: no expiry, but checked against its device row on every call. */
  device: z.object({ typ: z.literal('device'), sub: z.string(), room: z.string(), jti: z.string() }),
} as const;
export type Claims<T extends TokenType> = z.infer<(typeof CLAIMS)[T]>;

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** One key per kind of token, so a token of one kind cannot even verify as another. */
const keys = new Map<string, KeyObject>();
/**
 * The signing key of one token kind. A KeyObject (not a bare buffer): jsonwebtoken would otherwise
 * try, and fail at some cost, to read a buffer as a public key on every verification.
 */
export function keyFor(secret: string, typ: TokenType): KeyObject {
  const id = `${typ}:${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = createSecretKey(createHmac('sha256', secret).update(`roomly-token:${typ}`).digest());
    keys.set(id, key);
  }
  return key;
}

function sign(secret: string, typ: TokenType, claims: Record<string, unknown>, now: Date, expiresAt?: Date): string {
  const payload: Record<string, unknown> = { ...claims, typ, iat: seconds(now) };
  if (expiresAt) payload.exp = seconds(expiresAt);
  return jwt.sign(payload, keyFor(secret, typ), {
    algorithm: TOKEN_ALGORITHM,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
  });
}

const invalid = () => unauthenticated('Your sign-in is not valid. Sign in again.');

/** Verifies signature, algorithm, issuer, audience, time and kind; any failure is UNAUTHENTICATED. */
export function verifyToken<T extends TokenType>(secret: string, token: string, typ: T, now: Date): Claims<T> {
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, keyFor(secret, typ), {
      algorithms: [TOKEN_ALGORITHM],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      clockTimestamp: seconds(now),
    });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw unauthenticated('Your session has expired. Sign in again.');
    throw invalid();
  }
  const claims = CLAIMS[typ].safeParse(decoded);
  if (!claims.success) throw invalid();
  return claims.data as Claims<T>;
}

/**
 * The kind a token says it is, read without trusting it: only to choose which key to verify with.
 * The verification that follows checks the kind again under the signature.
 */
export function claimedType(token: string): TokenType | null {
  const decoded = jwt.decode(token, { json: true });
  const typ = decoded?.['typ'];
  return (TOKEN_TYPES as readonly unknown[]).includes(typ) ? (typ as TokenType) : null;
}

export function signAccessToken(
  secret: string,
  claims: { userId: string; sessionId: string; tokenVersion: number },
  now: Date,
) {
  const expiresAt = new Date((seconds(now) + ACCESS_TOKEN_TTL_S) * 1000);
  const token = sign(secret, 'access', { sub: claims.userId, sid: claims.sessionId, ver: claims.tokenVersion }, now, expiresAt);
  return { token, expiresAt };
}

export function signRefreshToken(
  secret: string,
  claims: { userId: string; sessionId: string; tokenId: string },
  now: Date,
  expiresAt: Date,
): string {
  return sign(secret, 'refresh', { sub: claims.userId, sid: claims.sessionId, jti: claims.tokenId }, now, expiresAt);
}

export function signDeviceToken(secret: string, claims: { deviceId: string; roomId: string; tokenId: string }, now: Date) {
  return sign(secret, 'device', { sub: claims.deviceId, room: claims.roomId, jti: claims.tokenId }, now);
}

/** Stored form of a high-entropy secret (refresh token, enrolment code, invitation code). */
export const hashSecret = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Crockford base32 without I, L, O, U: easy to read aloud and type on a tablet. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time code of `length` characters (5 bits each), grouped by four: `7KQ2-M9XD-3TFA`. */
export function newOneTimeCode(length = 12): string {
  const bytes = randomBytes(length);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]).join('');
  return chars.match(/.{1,4}/g)!.join('-');
}

/** What a person may type for a code: any case, with or without dashes and spaces. */
export const normalizeCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
