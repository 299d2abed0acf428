import { createHash } from 'node:crypto';
import { z } from 'zod';
import { effectiveLogin, usesAppRegistration, type ConnectionMethod, type ConnectionSettings } from '../shared/account';
import { normaliseFingerprint } from '../shared/fingerprint';
import type { Message } from '../shared/i18n/message';
import type { Cipher } from './ports';
import type { PASSWORD_DESTINATION_FIELDS } from '../shared/transfer';

/** The format of a secret whose binding is sealed inside the cipher text (format 1 had it beside it). */
export const SEALED_SECRET_FORMAT = 2;

export interface StoredSecret {
  /** base64 of the cipher's output for ONE payload: account id, binding and password together. */
  cipherText: string;
  /**
   * The binding as last sealed, in clear, so the account list can say "enter again" without a
   * decryption per account. Anyone who can write the file can change it: it only decides what
   * the form shows, never whether the password is sent (the sealed copy decides that).
   * Keeps the name of format 1's field, so an older version reads the file, finds no match and
   * asks for the password instead of throwing the account away.
   */
  binding: string;
  /** Absent in format 1 (binding only beside the cipher text): such a password is never used. */
  format?: typeof SEALED_SECRET_FORMAT;
}

/**
 * Everything that decides where a password goes and who may receive it: the server, the login it
 * sees, how the connection is encrypted and which certificate is accepted.
 */
// Derived from the import plan's list, so a field bound here is also one an import compares.
// The method may be absent where settings were never parsed (IMAP, its default).
export type BindingFields = Omit<Pick<ConnectionSettings, (typeof PASSWORD_DESTINATION_FIELDS)[number]>, 'method'> & {
  method?: ConnectionMethod | undefined;
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A CA file's content as TLS reads it: line endings and surrounding space do not change it. */
export function caPemContent(pem: string | undefined): string | undefined {
  return pem?.replace(/\r\n/g, '\n').trim() || undefined;
}

/**
 * The settings a password was entered for. A new alias changes the login, a switched-off
 * certificate check or another pinned certificate or CA lets a different server answer: each
 * asks for the password again. The CA file counts by its content (line endings aside, which
 * TLS ignores too).
 */
export function bindingOf(settings: BindingFields): string {
  const caPem = caPemContent(settings.caCertificatePem);
  return sha256(
    JSON.stringify({
      v: SEALED_SECRET_FORMAT,
      server: settings.server.toLowerCase(),
      port: settings.port,
      login: effectiveLogin(settings),
      encryption: settings.encryption,
      validateSsl: settings.validateSsl,
      pinnedSha256: settings.trustedFingerprint ? normaliseFingerprint(settings.trustedFingerprint) : null,
      caPemSha256: caPem ? sha256(caPem) : null,
      ...appRegistrationBinding(settings),
    }),
  );
}

/**
 * A client secret or certificate goes to the sign-in host, for one tenant and one application, and
 * the token it earns goes to the server: all of them bind it, and so does the method, so an IMAP
 * password never becomes a client secret. IMAP with a password adds nothing, so the passwords
 * sealed before the Microsoft 365 methods existed still open.
 */
function appRegistrationBinding(settings: BindingFields): Record<string, string | null> {
  if (!settings.method || !usesAppRegistration(settings.method)) return {};
  return {
    method: settings.method,
    tenant: settings.tenant?.toLowerCase() ?? null,
    clientId: settings.clientId?.toLowerCase() ?? null,
    clientCredential: settings.clientCredential ?? null,
    authorityHost: settings.authorityHost?.toLowerCase() ?? null,
  };
}

/*
 * What is sealed: a first line no password can contain (CR/LF are refused in passwords), so a
 * password stored alone by format 1 never reads as a payload; then the JSON with the password
 * last. Order matters where the OS cipher is unauthenticated CBC (safeStorage on macOS/Linux):
 * flipping bits in one block garbles the block before it, and everything before the password is
 * compared exactly, so no edit of the account id or binding survives.
 */
const PAYLOAD_HEADER = 'mailbox-connect-password\n';
const payloadSchema = z.strictObject({
  v: z.literal(SEALED_SECRET_FORMAT),
  accountId: z.string().min(1),
  binding: z.string().regex(/^[0-9a-f]{64}$/),
  password: z.string(),
});

/** `locked`: the portable passphrase was not entered in this run; the secret itself may be fine. */
export type UnusableReason = 'binding-changed' | 'undecryptable' | 'outdated-format' | 'locked';

export type OpenedSecret =
  | {
      ok: true;
      password: string;
      /** set when the OS asked for the password to be sealed again */ resealed?: StoredSecret;
    }
  | {
      ok: false;
      reason: UnusableReason;
      /** The binding found sealed, when the cipher text decrypted into this account's payload. */
      sealedBinding?: string;
    };

/** Thrown by sealing where passwords cannot be stored: `reason` is the cipher's, for the user. */
export class SealRefusedError extends Error {
  override name = 'SealRefusedError';

  constructor(readonly reason: Message) {
    super('passwords cannot be stored on this computer');
  }
}

/** Seals and opens passwords one account at a time, so one bad secret only affects its own account. */
export class SecretsService {
  constructor(private readonly cipher: Cipher) {}

  /** Undefined when secrets can be stored; otherwise the reason to show the user. */
  async refusalReason(): Promise<Message | undefined> {
    const availability = await this.cipher.availability();
    return availability.available ? undefined : availability.reason;
  }

  /** Portable mode before the passphrase is entered: nothing can be opened or sealed, nothing is judged. */
  isLocked(): boolean {
    return this.cipher.isLocked?.() ?? false;
  }

  async seal(password: string, accountId: string, settings: BindingFields): Promise<StoredSecret> {
    return this.sealBinding(password, accountId, bindingOf(settings));
  }

  /**
   * What the clear hint says, without decrypting: false for format 1, which is never used.
   * Only for display; `open` decides from the sealed binding.
   */
  seemsBoundTo(secret: StoredSecret, settings: BindingFields): boolean {
    return secret.format === SEALED_SECRET_FORMAT && secret.binding === bindingOf(settings);
  }

  /**
   * The password, only if the cipher text decrypts into a payload sealed for this account and for
   * these settings. The clear `binding` beside it is not consulted.
   */
  async open(secret: StoredSecret, accountId: string, settings: BindingFields): Promise<OpenedSecret> {
    // Format 1's binding was a plain hash anyone could recompute: a forged entry must not pass.
    if (secret.format !== SEALED_SECRET_FORMAT) return { ok: false, reason: 'outdated-format' };
    // Locked is not undecryptable: the account must not be marked "enter again" for it.
    if (this.isLocked()) return { ok: false, reason: 'locked' };
    let decrypted;
    try {
      decrypted = await this.cipher.decrypt(Buffer.from(secret.cipherText, 'base64'));
    } catch {
      return { ok: false, reason: 'undecryptable' };
    }
    const payload = parsePayload(decrypted.plainText);
    // Decrypts, but is not a payload of ours (format 1's bare password, or damaged): unusable.
    if (!payload) return { ok: false, reason: 'undecryptable' };
    // Another account's cipher text, copied or swapped in: it says nothing about this account.
    if (payload.accountId !== accountId) return { ok: false, reason: 'binding-changed' };
    if (payload.binding !== bindingOf(settings))
      return { ok: false, reason: 'binding-changed', sealedBinding: payload.binding };
    if (!decrypted.shouldReEncrypt) return { ok: true, password: payload.password };
    return {
      ok: true,
      password: payload.password,
      resealed: await this.sealBinding(payload.password, accountId, payload.binding),
    };
  }

  private async sealBinding(password: string, accountId: string, binding: string): Promise<StoredSecret> {
    const reason = await this.refusalReason();
    if (reason) throw new SealRefusedError(reason);
    const payload = { v: SEALED_SECRET_FORMAT, accountId, binding, password };
    const cipherText = await this.cipher.encrypt(`${PAYLOAD_HEADER}${JSON.stringify(payload)}`);
    return { cipherText: cipherText.toString('base64'), binding, format: SEALED_SECRET_FORMAT };
  }
}

function parsePayload(plainText: string): z.output<typeof payloadSchema> | undefined {
  if (!plainText.startsWith(PAYLOAD_HEADER)) return undefined;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(plainText.slice(PAYLOAD_HEADER.length)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
