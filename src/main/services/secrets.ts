import { createHash } from 'node:crypto';
import { effectiveLogin, type AccountSettings } from '../../shared/account';
import type { Cipher } from './ports';

export interface StoredSecret {
  /** base64 of the cipher's output for this one password */
  cipherText: string;
  /** Hash of the settings the password was entered for (DESIGN.md §3). */
  binding: string;
}

type BindingFields = Pick<AccountSettings, 'server' | 'port' | 'userName' | 'encryption'> &
  Partial<Pick<AccountSettings, 'sharedMailboxAlias'>>;

/** The settings a password was entered for: the login the server sees, so a new alias asks again too. */
export function bindingOf(settings: BindingFields): string {
  const key = JSON.stringify([
    settings.server.toLowerCase(),
    settings.port,
    effectiveLogin(settings),
    settings.encryption,
  ]);
  return createHash('sha256').update(key).digest('hex');
}

export type OpenedSecret =
  | {
      ok: true;
      password: string;
      /** set when the OS asked for the password to be sealed again */ resealed?: StoredSecret;
    }
  | { ok: false; reason: 'binding-changed' | 'undecryptable' };

/** Seals and opens passwords one account at a time, so one bad secret only affects its own account. */
export class SecretsService {
  constructor(private readonly cipher: Cipher) {}

  /** Undefined when secrets can be stored; otherwise the reason to show the user. */
  async refusalReason(): Promise<string | undefined> {
    const availability = await this.cipher.availability();
    return availability.available ? undefined : availability.reason;
  }

  async seal(password: string, settings: BindingFields): Promise<StoredSecret> {
    const reason = await this.refusalReason();
    if (reason) throw new Error(reason);
    const cipherText = await this.cipher.encrypt(password);
    return { cipherText: cipherText.toString('base64'), binding: bindingOf(settings) };
  }

  isBoundTo(secret: StoredSecret, settings: BindingFields): boolean {
    return secret.binding === bindingOf(settings);
  }

  async open(secret: StoredSecret, settings: BindingFields): Promise<OpenedSecret> {
    if (!this.isBoundTo(secret, settings)) return { ok: false, reason: 'binding-changed' };
    let decrypted;
    try {
      decrypted = await this.cipher.decrypt(Buffer.from(secret.cipherText, 'base64'));
    } catch {
      return { ok: false, reason: 'undecryptable' };
    }
    if (!decrypted.shouldReEncrypt) return { ok: true, password: decrypted.plainText };
    return { ok: true, password: decrypted.plainText, resealed: await this.seal(decrypted.plainText, settings) };
  }
}
