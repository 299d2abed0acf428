import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher, CipherAvailability } from '../../src/main/services/ports';

/** A cipher that really encrypts (AES-256-GCM, key in memory), standing in for safeStorage in plain Node. */
export function createAesTestCipher(
  availability: CipherAvailability = { available: true, backend: 'aes-test' },
): Cipher & { key: Buffer } {
  const key = randomBytes(32);
  return {
    key,
    availability: () => availability,
    async encrypt(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(cipherText) {
      const decipher = createDecipheriv('aes-256-gcm', key, cipherText.subarray(0, 12));
      decipher.setAuthTag(cipherText.subarray(12, 28));
      return Buffer.concat([decipher.update(cipherText.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
