import path from 'node:path';
import { z } from 'zod';
import { message, type Message } from '../../shared/i18n/message';
import { readBoundedText } from '../read-bounded-file';
import { scryptParameters, sealedSchema } from '../transfer/passphrase-cipher';
import { writeExportFile } from '../transfer/write-export-file';
import { errorCode } from '../error-code';

/** In the stick's data folder, next to the accounts file: it travels with the passwords it opens. */
export const KEYRING_FILE = 'portable-key.json';
export const KEYRING_FORMAT = 'mailbox-connect-portable-key';
export const KEYRING_VERSION = 1;
/** A key file is a few hundred bytes; anything larger is not one, and is not read into memory. */
const KEYRING_MAX_BYTES = 64 * 1024;

/**
 * One key: everything needed to derive it again from the passphrase (the scrypt cost is recorded,
 * within the export's bounds, so it can be raised later without breaking older sticks) and a known
 * text sealed with it, so a wrong passphrase is told from a damaged file.
 */
export const keyEntrySchema = z.strictObject({
  ...scryptParameters,
  keys: z.literal('hkdf-sha256'),
  cipher: z.literal('aes-256-gcm'),
  check: sealedSchema,
});
export type KeyEntry = z.infer<typeof keyEntrySchema>;

export const keyringSchema = z.strictObject({
  format: z.literal(KEYRING_FORMAT),
  version: z.literal(KEYRING_VERSION),
  key: keyEntrySchema,
  /**
   * Only while a change of passphrase is being written: the new key, recorded before the passwords
   * are re-sealed with it. Whichever key the accounts file's passwords name decides after a failure
   * between the two writes (portable-passwords.ts), so neither order of failure loses them.
   */
  next: keyEntrySchema.optional(),
});
export type Keyring = z.infer<typeof keyringSchema>;

export type KeyringRead =
  | { kind: 'missing' }
  | { kind: 'found'; keyring: Keyring }
  /** Unreadable, not a key file, or of a newer version: left as it is, never overwritten. */
  | { kind: 'damaged'; problem: Message };

export function keyringPath(dataFolder: string): string {
  return path.join(dataFolder, KEYRING_FILE);
}

export async function readKeyring(file: string): Promise<KeyringRead> {
  let text: string;
  try {
    const read = await readBoundedText(file, KEYRING_MAX_BYTES);
    if (!read.ok) return { kind: 'damaged', problem: message('portable.keyring.tooLarge', { bytes: read.bytes }) };
    text = read.text;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', problem: message('portable.keyring.unreadable', { code }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'damaged', problem: message('portable.keyring.notJson') };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > KEYRING_VERSION)
    return { kind: 'damaged', problem: message('portable.keyring.newer', { version }) };
  const parsed = keyringSchema.safeParse(json);
  return parsed.success
    ? { kind: 'found', keyring: parsed.data }
    : { kind: 'damaged', problem: message('portable.keyring.invalid') };
}

/** Written next to its name and renamed into place, as the export is: a pulled stick keeps the old file or the new one. */
export async function writeKeyring(file: string, keyring: Keyring): Promise<void> {
  await writeExportFile(file, `${JSON.stringify(keyringSchema.parse(keyring), undefined, 2)}\n`);
}
