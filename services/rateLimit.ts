import { AppError } from '../core/errors';

/**
 * Backoff after failed attempts (passwords, PINs, one-time codes). A few failures are free; each
 * further one doubles the wait, up to a cap. While a key waits, attempts are refused before any
 * secret is checked, so waiting is the only way to try again. Failures are forgotten some time
 * after the last one, and a success clears the key.
 *
 * The per-account cap is short on purpose: someone who knows a person's e-mail address can make
 * them wait at most a minute, never lock them out. Addresses get a longer cap, since one address
 * failing against many accounts is the attack the account limit cannot see.
 */
export interface BackoffPolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait; each further failure doubles it. */
  baseS: number;
  maxS: number;
  /** Failures older than this (since the last one) are forgotten. */
  forgetAfterS: number;
}

export const POLICIES = {
  account: { free: 5, baseS: 2, maxS: 60, forgetAfterS: 15 * 60 },
  address: { free: 20, baseS: 2, maxS: 15 * 60, forgetAfterS: 60 * 60 },
  pin: { free: 3, baseS: 5, maxS: 5 * 60, forgetAfterS: 60 * 60 },
} as const satisfies Record<string, BackoffPolicy>;

export interface LimitKey {
  key: string;
  policy: BackoffPolicy;
}

interface Entry {
  failures: number;
  lastFailureMs: number;
  blockedUntilMs: number;
  policy: BackoffPolicy;
}

/** Keys kept at most; beyond it, forgotten and then the oldest entries are dropped. */
const MAX_ENTRIES = 50_000;

export const rateLimited = (retryAfterS: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterS));
  return new AppError('RATE_LIMITED', `Too many attempts. Try again in ${seconds} seconds.`, {
    key: 'errors.rateLimited',
    params: { seconds },
    details: { retryAfterS: seconds },
  });
};

export function waitAfter(policy: BackoffPolicy, failures: number): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.baseS * 2 ** (failures - policy.free - 1), policy.maxS);
}

export class BackoffLimiter {
  private readonly entries = new Map<string, Entry>();

  /** Throws RATE_LIMITED (with the longest wait of the keys) while any key must still wait. */
  check(keys: readonly LimitKey[], now: Date): void {
    const nowMs = now.getTime();
    let waitMs = 0;
    for (const { key } of keys) {
      const entry = this.live(key, nowMs);
      if (entry) waitMs = Math.max(waitMs, entry.blockedUntilMs - nowMs);
    }
    if (waitMs > 0) throw rateLimited(waitMs / 1000);
  }

  /** Counts a failure against every key. */
  fail(keys: readonly LimitKey[], now: Date): void {
    const nowMs = now.getTime();
    for (const { key, policy } of keys) {
      const entry = this.live(key, nowMs) ?? { failures: 0, lastFailureMs: nowMs, blockedUntilMs: 0, policy };
      entry.failures += 1;
      entry.lastFailureMs = nowMs;
      entry.blockedUntilMs = nowMs + waitAfter(policy, entry.failures) * 1000;
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    if (this.entries.size > MAX_ENTRIES) this.sweep(nowMs);
  }

  succeed(keys: readonly LimitKey[]): void {
    for (const { key } of keys) this.entries.delete(key);
  }

  /** How many failures a key has on record (for tests and metrics). */
  failures(key: string, now: Date): number {
    return this.live(key, now.getTime())?.failures ?? 0;
  }

  private live(key: string, nowMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (nowMs - entry.lastFailureMs > entry.policy.forgetAfterS * 1000 && nowMs >= entry.blockedUntilMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(nowMs: number): void {
    for (const key of [...this.entries.keys()]) this.live(key, nowMs);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(key);
    }
  }
}

/**
 * Calls over IPC come from the desktop itself ('local'): one machine that several people may
 * share, so an address limit there would let one person make the console wait for everyone.
 * Only network addresses are limited.
 */
export const LOCAL_ADDRESS = 'local';
const byAddress = (prefix: string, address: string): LimitKey[] =>
  address === LOCAL_ADDRESS ? [] : [{ key: `${prefix}:${address}`, policy: POLICIES.address }];

/** The keys one sign-in attempt counts against. */
export const signInKeys = (email: string, address: string): LimitKey[] => [
  { key: `account:${email.trim().toLowerCase()}`, policy: POLICIES.account },
  ...byAddress('address', address),
];

/** The key an attempt at a one-time code (enrolment, invitation) counts against. */
export const codeKeys = (address: string): LimitKey[] => byAddress('code', address);

export const pinKeys = (deviceId: string): LimitKey[] => [{ key: `pin:${deviceId}`, policy: POLICIES.pin }];
