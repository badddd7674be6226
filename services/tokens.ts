import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { unauthenticated } from '../core/errors';

export const TOKEN_ISSUER = 'roomly';
export const TOKEN_AUDIENCE = 'roomly-api';
export const ACCESS_TOKEN_TTL_S = 30 * 60;

const ZAccessClaims = z.object({
  typ: z.literal('access'),
  sub: z.string(),
  ver: z.number().int(),
});
export type AccessClaims = z.infer<typeof ZAccessClaims>;

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Signs an access token on the caller's clock (never the machine's), so tests can choose time. */
export function signAccessToken(secret: string, userId: string, tokenVersion: number, now: Date) {
  const iat = seconds(now);
  const exp = iat + ACCESS_TOKEN_TTL_S;
  const token = jwt.sign({ typ: 'access', ver: tokenVersion, iat, exp }, secret, {
    algorithm: 'HS256',
    subject: userId,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
  });
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** Verifies signature, algorithm, issuer, audience, time and kind; any failure is UNAUTHENTICATED. */
export function verifyAccessToken(secret: string, token: string, now: Date): AccessClaims {
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      clockTimestamp: seconds(now),
    });
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw unauthenticated(expired ? 'Your session has expired. Sign in again.' : 'Your sign-in is not valid. Sign in again.');
  }
  const claims = ZAccessClaims.safeParse(decoded);
  if (!claims.success) throw unauthenticated('Your sign-in is not valid. Sign in again.');
  return claims.data;
}
