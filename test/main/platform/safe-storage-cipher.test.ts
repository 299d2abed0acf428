import type { SafeStorage } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSafeStorageCipher } from '../../../src/main/platform/safe-storage-cipher';
import type { CipherAvailability } from '../../../src/core/ports';
import { english } from '../../support/report-text';

/**
 * Electron's safeStorage cannot run here (DESIGN.md §6): a stand-in with its async API, typed
 * against Electron's own typings, checks what the adapter decides.
 */
/** The availability with its reason in English words: the adapter answers a message. */
function inEnglish(availability: CipherAvailability) {
  return availability.available ? availability : { ...availability, reason: english(availability.reason) };
}

function fakeSafeStorage(options: { available: boolean; backend?: string; reEncrypt?: boolean }): SafeStorage {
  const fake = {
    isAsyncEncryptionAvailable: async () => options.available,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: async (plainText: string) => Buffer.from(plainText, 'utf8').reverse(),
    decryptStringAsync: async (encrypted: Buffer) => ({
      result: Buffer.from(encrypted).reverse().toString('utf8'),
      shouldReEncrypt: options.reEncrypt ?? false,
    }),
    encryptString: () => {
      throw new Error('the deprecated sync API must not be used');
    },
    decryptString: () => {
      throw new Error('the deprecated sync API must not be used');
    },
    isEncryptionAvailable: () => {
      throw new Error('the deprecated sync API must not be used');
    },
  };
  return fake as unknown as SafeStorage;
}

describe('the safeStorage cipher', () => {
  it('uses DPAPI on Windows through the async API, and passes on a request to re-encrypt', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage({ available: true, reEncrypt: true }), 'win32');
    await expect(cipher.availability()).resolves.toEqual({ available: true, backend: 'dpapi' });
    const sealed = await cipher.encrypt('Pässwörd');
    await expect(cipher.decrypt(sealed)).resolves.toEqual({ plainText: 'Pässwörd', shouldReEncrypt: true });
  });

  it('refuses on Linux basic_text, saying why', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage({ available: true, backend: 'basic_text' }), 'linux');
    expect(inEnglish(await cipher.availability())).toEqual({
      available: false,
      backend: 'basic_text',
      reason: expect.stringMatching(/no keyring \(GNOME Keyring or KWallet\) is running/),
    });
  });

  it('accepts a real Linux keyring and reports unavailability as such', async () => {
    const keyring = createSafeStorageCipher(fakeSafeStorage({ available: true, backend: 'kwallet6' }), 'linux');
    await expect(keyring.availability()).resolves.toEqual({ available: true, backend: 'kwallet6' });
    const none = createSafeStorageCipher(fakeSafeStorage({ available: false }), 'win32');
    expect(inEnglish(await none.availability())).toMatchObject({ available: false, reason: /no encryption/ });
  });
});
