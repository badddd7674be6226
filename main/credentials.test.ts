import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialStore, CredentialStorageError, fileBlob, type BlobFile, type SafeStorageLike } from './credentials';

/** A stand-in for Electron's safeStorage (Electron cannot run in tests): XOR with a machine key. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; key?: number } = {}): SafeStorageLike {
  const key = options.key ?? 0x5a;
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ key));
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v10') throw new Error('not ours');
      const text = xor(b.subarray(3)).toString('utf8');
      if (!/^[\x20-\x7e]*$/.test(text)) throw new Error('wrong key');
      return text;
    },
    ...(options.backend ? { getSelectedStorageBackend: () => options.backend! } : {}),
  };
}

function memoryBlob(): BlobFile & { data: Buffer | null } {
  const blob = {
    data: null as Buffer | null,
    read: () => blob.data,
    write: (d: Buffer) => void (blob.data = d),
    remove: () => void (blob.data = null),
  };
  return blob;
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJkZXZpY2UifQ.c2lnbmF0dXJl';

describe('the device credential store', () => {
  it('keeps the credential encrypted and reads it back', () => {
    const blob = memoryBlob();
    const store = createCredentialStore(fakeSafeStorage(), blob);
    store.save(TOKEN);
    expect(blob.data?.toString('utf8')).not.toContain(TOKEN.slice(0, 10));
    expect(store.load()).toBe(TOKEN);
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('refuses to store in plain text when the system offers no encryption or only the basic_text fallback', () => {
    for (const safe of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: 'basic_text' })]) {
      const blob = memoryBlob();
      const store = createCredentialStore(safe, blob);
      expect(store.canStore()).toBe(false);
      expect(() => store.save(TOKEN)).toThrow(CredentialStorageError);
      expect(blob.data).toBeNull();
    }
    expect(createCredentialStore(fakeSafeStorage({ backend: 'gnome_libsecret' }), memoryBlob()).canStore()).toBe(true);
  });

  it('drops a credential it cannot decrypt (another machine, damage) instead of failing the start', () => {
    const blob = memoryBlob();
    createCredentialStore(fakeSafeStorage({ key: 0x11 }), blob).save(TOKEN);
    expect(createCredentialStore(fakeSafeStorage({ key: 0x33 }), blob).load()).toBeNull();
    expect(blob.data).toBeNull();
  });

  it('only stores something shaped like a device token', () => {
    expect(() => createCredentialStore(fakeSafeStorage(), memoryBlob()).save('not a token')).toThrow(CredentialStorageError);
  });
});

describe('the credential file', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is written atomically and readable by its owner only', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'roomly-cred-'));
    const file = path.join(dir, 'device-credential.bin');
    const store = createCredentialStore(fakeSafeStorage(), fileBlob(file));
    store.save(TOKEN);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).subarray(0, 3).toString()).toBe('v10');
    expect(store.load()).toBe(TOKEN);
    store.clear();
    expect(fileBlob(file).read()).toBeNull();
  });
});
