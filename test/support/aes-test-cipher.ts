import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher, CipherAvailability } from '../../src/core/ports';

/** A cipher that really encrypts (AES-256-GCM, key in memory), standing in for safeStorage in plain Node. */
export function createAesTestCipher(
  availability: CipherAvailability = { available: true, backend: 'aes-test' },
): Cipher & { rotateKey: () => void } {
  let key = randomBytes(32);
  // After a rotation the old key still decrypts, but asks for re-encryption, as safeStorage does.
  let previousKey: Buffer | undefined;
  const open = (cipherText: Buffer, withKey: Buffer): string => {
    const decipher = createDecipheriv('aes-256-gcm', withKey, cipherText.subarray(0, 12));
    decipher.setAuthTag(cipherText.subarray(12, 28));
    return Buffer.concat([decipher.update(cipherText.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    rotateKey() {
      previousKey = key;
      key = randomBytes(32);
    },
    availability: async () => availability,
    async encrypt(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(cipherText) {
      try {
        return { plainText: open(cipherText, key), shouldReEncrypt: false };
      } catch (error) {
        if (!previousKey) throw error;
        return { plainText: open(cipherText, previousKey), shouldReEncrypt: true };
      }
    },
  };
}
