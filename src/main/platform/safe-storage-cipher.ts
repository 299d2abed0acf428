import type { SafeStorage } from 'electron';
import type { Cipher, CipherAvailability } from '../../core/ports';
import { message } from '../../shared/i18n/message';

/**
 * safeStorage behind the Cipher interface: DPAPI on Windows, Keychain on macOS, libsecret or
 * kwallet on Linux, through the async API (the sync one is deprecated since Electron 39).
 */
export function createSafeStorageCipher(safeStorage: SafeStorage, platform: NodeJS.Platform): Cipher {
  const backend = (): string =>
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform === 'win32' ? 'dpapi' : 'keychain';
  return {
    async availability(): Promise<CipherAvailability> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) {
        return {
          available: false,
          backend: backend(),
          reason: message('cipher.unavailable'),
        };
      }
      if (platform === 'linux' && backend() === 'basic_text') {
        return {
          available: false,
          backend: 'basic_text',
          reason: message('cipher.basicText'),
        };
      }
      return { available: true, backend: backend() };
    },
    encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
    async decrypt(cipherText) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(cipherText);
      return { plainText: result, shouldReEncrypt };
    },
  };
}
