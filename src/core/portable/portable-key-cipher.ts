import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Message } from '../../shared/i18n/message';
import type { Cipher, CipherAvailability, Decrypted } from '../ports';
import type { PortableKey } from './passphrase-key';

export const PORTABLE_BACKEND = 'portable-passphrase';
/** Starts every cipher text: no safeStorage output does ("v10"/"v11" on Windows and Linux). */
const MAGIC = Buffer.from('mcp1', 'latin1');
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + KEY_ID_BYTES;

/** Thrown by `decrypt` and `encrypt` while no key is known: nothing about the secret is learned from it. */
export class PortableCipherLockedError extends Error {
  override name = 'PortableCipherLockedError';

  /** `reason`: what to tell the user, translated where it is shown; the error's own text is for logs. */
  constructor(readonly reason: Message) {
    super('the portable passwords are locked');
  }
}

/** The key a cipher text names, or undefined when it is not one of ours (safeStorage's, or damaged). */
export function keyIdOfCipherText(cipherText: Buffer): string | undefined {
  if (cipherText.length < HEADER_BYTES + IV_BYTES + TAG_BYTES) return undefined;
  if (!cipherText.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  return cipherText.subarray(MAGIC.length, HEADER_BYTES).toString('hex');
}

function encryptWith(key: PortableKey, plainText: string): Buffer {
  const header = Buffer.concat([MAGIC, Buffer.from(key.id, 'hex')]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  // The header is authenticated: a cipher text cannot be relabelled to another key.
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

function decryptWith(key: PortableKey, cipherText: Buffer): string {
  const iv = cipherText.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(cipherText.subarray(0, HEADER_BYTES));
  decipher.setAuthTag(cipherText.subarray(HEADER_BYTES + IV_BYTES, HEADER_BYTES + IV_BYTES + TAG_BYTES));
  return Buffer.concat([
    decipher.update(cipherText.subarray(HEADER_BYTES + IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}

export interface PortableKeyCipherOptions {
  /** Why nothing can be sealed yet (no passphrase set, or not entered): asked each time, as that changes. */
  lockedReason: () => Message;
  /**
   * This machine's safeStorage: a stick of an earlier version holds passwords sealed with it. Those
   * that this machine can open are read once and sealed again with the portable key.
   */
  earlier?: Cipher;
}

/**
 * AES-256-GCM with a key derived from the portable passphrase, one random IV per secret, behind the
 * Cipher port: SecretsService seals account id, binding and password in one payload as with
 * safeStorage, so the binding stays inside the authenticated text. Locked until a key is given.
 */
export class PortableKeyCipher implements Cipher {
  private current: PortableKey | undefined;
  /** Keys used earlier in this run (before a change of passphrase): what they sealed still opens, and is re-sealed. */
  private readonly known = new Map<string, PortableKey>();

  constructor(private readonly options: PortableKeyCipherOptions) {}

  /** From now on secrets are sealed with `key`; earlier keys of this run still open theirs. */
  use(key: PortableKey): void {
    this.current = key;
    this.known.set(key.id, key);
  }

  isLocked(): boolean {
    return this.current === undefined;
  }

  currentKeyId(): string | undefined {
    return this.current?.id;
  }

  async availability(): Promise<CipherAvailability> {
    return this.current
      ? { available: true, backend: PORTABLE_BACKEND }
      : { available: false, backend: PORTABLE_BACKEND, reason: this.options.lockedReason() };
  }

  async encrypt(plainText: string): Promise<Buffer> {
    if (!this.current) throw new PortableCipherLockedError(this.options.lockedReason());
    return encryptWith(this.current, plainText);
  }

  async decrypt(cipherText: Buffer): Promise<Decrypted> {
    if (!this.current) throw new PortableCipherLockedError(this.options.lockedReason());
    const keyId = keyIdOfCipherText(cipherText);
    if (keyId === undefined) {
      if (!this.options.earlier) throw new Error('not a portable cipher text');
      const { plainText } = await this.options.earlier.decrypt(cipherText);
      return { plainText, shouldReEncrypt: true };
    }
    const key = this.known.get(keyId);
    if (!key) throw new Error('sealed with a key this stick no longer has');
    return { plainText: decryptWith(key, cipherText), shouldReEncrypt: keyId !== this.current.id };
  }

  /** The same text sealed with `key`, or undefined when it cannot be opened here (left as it is). */
  async resealWith(key: PortableKey, cipherText: Buffer): Promise<Buffer | undefined> {
    if (keyIdOfCipherText(cipherText) === key.id) return undefined;
    let plainText: string;
    try {
      plainText = (await this.decrypt(cipherText)).plainText;
    } catch {
      return undefined;
    }
    return encryptWith(key, plainText);
  }
}
