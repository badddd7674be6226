import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (memory-hard). No 72-byte truncation: a long Russian passphrase is hashed whole.
 * Parameters follow OWASP's argon2id baseline (19 MiB, 2 passes).
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The same word typed on two keyboards can arrive as different code points ("й" precomposed, or
 * "и" plus a combining breve): passwords are compared in Unicode NFC.
 */
const normalize = (password: string) => password.normalize('NFC');

export const hashPassword = (password: string): Promise<string> => hash(normalize(password), OPTIONS);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, normalize(password));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | null = null;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('roomly-no-such-user'));
