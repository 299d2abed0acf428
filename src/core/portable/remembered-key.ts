import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Message } from '../../shared/i18n/message';
import type { Cipher } from '../ports';
import { readBoundedText } from '../read-bounded-file';
import { writeExportFile } from '../transfer/write-export-file';
import type { PortableKey } from './passphrase-key';

/** In this machine's profile of the stick (userData), never on the stick: it opens every password there. */
export const REMEMBERED_KEY_FILE = 'portable-key.remembered.json';
const FORMAT = 'mailbox-connect-remembered-key';
const MAX_BYTES = 16 * 1024;

const rememberedSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** base64 of the machine cipher's output (safeStorage: DPAPI for this user on this machine). */
  sealed: z.string().min(1).max(8192),
});

export type RememberedRead =
  | { kind: 'none' }
  | { kind: 'found'; key: PortableKey }
  /** This machine cannot seal or open right now (no safeStorage): kept for a later start. */
  | { kind: 'unavailable' }
  /** Damaged, or sealed by another user or machine: useless, to be removed. */
  | { kind: 'unusable' };

/** Thrown by `save` when this machine cannot seal the key: `reason` is the machine cipher's, for the user. */
export class RememberRefusedError extends Error {
  override name = 'RememberRefusedError';

  constructor(readonly reason: Message) {
    super('this machine cannot seal the portable key');
  }
}

/** The derived portable key, sealed with this machine's cipher, so the next start here needs no passphrase. */
export class RememberedKey {
  readonly file: string;

  constructor(
    machineFolder: string,
    private readonly machineCipher: Cipher,
  ) {
    this.file = path.join(machineFolder, REMEMBERED_KEY_FILE);
  }

  /** Undefined when this machine can seal it; otherwise why not. */
  async refusal(): Promise<Message | undefined> {
    const availability = await this.machineCipher.availability();
    return availability.available ? undefined : availability.reason;
  }

  async save(key: PortableKey): Promise<void> {
    const refusal = await this.refusal();
    if (refusal) throw new RememberRefusedError(refusal);
    const sealed = await this.machineCipher.encrypt(key.key.toString('base64'));
    const document = { format: FORMAT, version: 1, keyId: key.id, sealed: sealed.toString('base64') };
    await writeExportFile(this.file, `${JSON.stringify(document)}\n`);
  }

  async read(): Promise<RememberedRead> {
    let text: string;
    try {
      const read = await readBoundedText(this.file, MAX_BYTES);
      if (!read.ok) return { kind: 'unusable' };
      text = read.text;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'unusable' };
    }
    let parsed;
    try {
      parsed = rememberedSchema.safeParse(JSON.parse(text));
    } catch {
      return { kind: 'unusable' };
    }
    if (!parsed.success) return { kind: 'unusable' };
    if (await this.refusal()) return { kind: 'unavailable' };
    try {
      const { plainText } = await this.machineCipher.decrypt(Buffer.from(parsed.data.sealed, 'base64'));
      return { kind: 'found', key: { id: parsed.data.keyId, key: Buffer.from(plainText, 'base64') } };
    } catch {
      return { kind: 'unusable' };
    }
  }

  async forget(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
