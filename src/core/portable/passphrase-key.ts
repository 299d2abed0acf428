import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { open, scryptKey, seal, SCRYPT_DEFAULTS } from '../transfer/passphrase-cipher';
import type { KeyEntry } from './keyring-file';

const KEY_BYTES = 32;
/** Its own label, so the portable key can never serve as an export's key or the other way round. */
const KEY_INFO = 'mailbox-connect portable passwords v1 key';
const CHECK_TEXT = 'mailbox-connect portable key check';

/** A key derived from the passphrase, named by its entry (the salt), so cipher texts say which key sealed them. */
export interface PortableKey {
  id: string;
  key: Buffer;
}

/** Public: a digest of the salt, which is public too. 8 bytes are plenty to tell a stick's keys apart. */
export function keyIdOf(entry: Pick<KeyEntry, 'salt'>): string {
  return createHash('sha256').update(`mailbox-connect portable key id\n${entry.salt}`).digest('hex').slice(0, 16);
}

async function deriveKey(passphrase: string, entry: Pick<KeyEntry, 'N' | 'r' | 'p' | 'salt'>): Promise<Buffer> {
  const secret = await scryptKey(passphrase, entry);
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(entry.salt, 'base64'), KEY_INFO, KEY_BYTES));
}

/** Whether `key` is the one `entry` was made with: GCM authenticates the check, so only that key opens it. */
export function keyMatches(key: Buffer, entry: KeyEntry): boolean {
  return key.length === KEY_BYTES && open(key, entry.check, CHECK_TEXT) === CHECK_TEXT;
}

/** A new key for `passphrase`: a fresh salt and today's scrypt cost, recorded in the entry. */
export async function createKeyEntry(
  passphrase: string,
  cost: Pick<KeyEntry, 'N' | 'r' | 'p'> = SCRYPT_DEFAULTS,
): Promise<{ entry: KeyEntry; key: PortableKey }> {
  const base = { kdf: 'scrypt' as const, ...cost, salt: randomBytes(16).toString('base64') };
  const key = await deriveKey(passphrase, base);
  const entry: KeyEntry = {
    ...base,
    keys: 'hkdf-sha256',
    cipher: 'aes-256-gcm',
    check: seal(key, CHECK_TEXT, CHECK_TEXT),
  };
  return { entry, key: { id: keyIdOf(entry), key } };
}

/** The key, derived with the cost the entry records; undefined when the passphrase is not the entry's. */
export async function unlockKeyEntry(passphrase: string, entry: KeyEntry): Promise<PortableKey | undefined> {
  const key = await deriveKey(passphrase, entry);
  return keyMatches(key, entry) ? { id: keyIdOf(entry), key } : undefined;
}
