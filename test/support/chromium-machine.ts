import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Cipher } from '../../src/core/ports';

const LOCAL_STATE = 'Local State';

function gcmSeal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function gcmOpen(key: Buffer, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/**
 * One Windows user on one machine as Chromium's os_crypt sees it, for plain Node: a DPAPI secret
 * that never leaves the machine, and safeStorage's key kept in a profile's `Local State`, wrapped
 * with that secret. Like Chromium, a start whose DPAPI cannot unwrap the key found there (another
 * machine wrote it) or finds none makes a new key and writes it over the file. Real AES-256-GCM.
 */
export class ChromiumMachine {
  private readonly dpapi = randomBytes(32);

  constructor(readonly name: string) {}

  /** The safeStorage of one run of the app with `profile` as userData (what Chromium reads at start). */
  start(profile: string): Cipher & { keyWasReplaced: boolean } {
    mkdirSync(profile, { recursive: true });
    const file = path.join(profile, LOCAL_STATE);
    let key: Buffer | undefined;
    let found = false;
    try {
      const state = JSON.parse(readFileSync(file, 'utf8')) as { os_crypt?: { encrypted_key?: string } };
      found = typeof state.os_crypt?.encrypted_key === 'string';
      if (found) key = gcmOpen(this.dpapi, Buffer.from(state.os_crypt?.encrypted_key ?? '', 'base64'));
    } catch {
      key = undefined;
    }
    const keyWasReplaced = found && key === undefined;
    if (!key) {
      key = randomBytes(32);
      writeFileSync(file, JSON.stringify({ os_crypt: { encrypted_key: gcmSeal(this.dpapi, key).toString('base64') } }));
    }
    const safeStorageKey = key;
    return {
      keyWasReplaced,
      availability: async () => ({ available: true, backend: `dpapi (${this.name})` }),
      encrypt: async (plainText) => gcmSeal(safeStorageKey, Buffer.from(plainText, 'utf8')),
      decrypt: async (cipherText) => ({
        plainText: gcmOpen(safeStorageKey, cipherText).toString('utf8'),
        shouldReEncrypt: false,
      }),
    };
  }
}
