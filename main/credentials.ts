import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Where a door tablet keeps its device credential between runs: encrypted with the operating
 * system's key store through Electron's safeStorage, in one file of the data folder. Typed against
 * the small part of safeStorage it uses, so tests run with a fake; main/index.ts passes the real one.
 *
 * It never writes the credential in plain text: without OS encryption (or, on Linux, with only the
 * "basic_text" fallback whose key is public) saving fails, and the tablet must be enrolled again
 * after a restart instead.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store backs the key. */
  getSelectedStorageBackend?(): string;
}

export interface BlobFile {
  read(): Buffer | null;
  write(data: Buffer): void;
  remove(): void;
}

export interface CredentialStore {
  /** Whether a credential can be kept safely on this machine. */
  canStore(): boolean;
  save(token: string): void;
  /** The saved credential, or null when there is none or it cannot be read (then it is removed). */
  load(): string | null;
  clear(): void;
}

/** A device token is a JWT: three base64url parts. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export class CredentialStorageError extends Error {}

export function createCredentialStore(safe: SafeStorageLike, file: BlobFile): CredentialStore {
  const canStore = () => safe.isEncryptionAvailable() && safe.getSelectedStorageBackend?.() !== 'basic_text';
  return {
    canStore,
    save(token) {
      if (!JWT_SHAPE.test(token)) throw new CredentialStorageError('This is not a device credential.');
      if (!canStore()) {
        throw new CredentialStorageError('This computer offers no protected storage; the credential is kept in memory only.');
      }
      file.write(safe.encryptString(token));
    },
    load() {
      const data = file.read();
      if (!data || !safe.isEncryptionAvailable()) return null;
      try {
        const token = safe.decryptString(data);
        if (JWT_SHAPE.test(token)) return token;
      } catch {
        // Encrypted on another machine or by another user, or damaged: fall through.
      }
      file.remove();
      return null;
    },
    clear: () => file.remove(),
  };
}

/** One file, readable by its owner only, replaced atomically (write beside it, then rename). */
export function fileBlob(path: string): BlobFile {
  return {
    read: () => (existsSync(path) ? readFileSync(path) : null),
    write(data) {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, data, { mode: 0o600 });
      renameSync(temporary, path);
    },
    remove: () => rmSync(path, { force: true }),
  };
}
