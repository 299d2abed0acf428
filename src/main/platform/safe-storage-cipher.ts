import type { SafeStorage } from 'electron';
import type { Cipher, CipherAvailability } from '../services/ports';

type AsyncSafeStorage = SafeStorage & {
  isAsyncEncryptionAvailable?: () => Promise<boolean>;
  encryptStringAsync?: (plainText: string) => Promise<Buffer>;
  decryptStringAsync?: (encrypted: Buffer) => Promise<{ result: string } | string>;
};

/**
 * safeStorage behind the Cipher interface: DPAPI on Windows, Keychain on macOS, libsecret or
 * kwallet on Linux. The async API is used where the Electron version has it.
 */
export function createSafeStorageCipher(safeStorage: AsyncSafeStorage, platform: NodeJS.Platform): Cipher {
  const backend = (): string =>
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform === 'win32' ? 'dpapi' : 'keychain';
  return {
    availability(): CipherAvailability {
      if (!safeStorage.isEncryptionAvailable()) {
        return {
          available: false,
          backend: backend(),
          reason: 'this computer offers no encryption for stored passwords.',
        };
      }
      if (platform === 'linux' && backend() === 'basic_text') {
        return {
          available: false,
          backend: 'basic_text',
          reason: 'no keyring (GNOME Keyring or KWallet) is running, so a password could only be stored as plain text.',
        };
      }
      return { available: true, backend: backend() };
    },
    async encrypt(plainText) {
      return safeStorage.encryptStringAsync
        ? safeStorage.encryptStringAsync(plainText)
        : safeStorage.encryptString(plainText);
    },
    async decrypt(cipherText) {
      if (!safeStorage.decryptStringAsync) return safeStorage.decryptString(cipherText);
      const result = await safeStorage.decryptStringAsync(cipherText);
      return typeof result === 'string' ? result : result.result;
    },
  };
}
