import { createHash } from 'node:crypto';
import type { AccountSettings } from '../../shared/account';
import type { Cipher } from './ports';

export interface StoredSecret {
  /** base64 of the cipher's output for this one password */
  cipherText: string;
  /** Hash of the settings the password was entered for (DESIGN.md §3). */
  binding: string;
}

type BindingFields = Pick<AccountSettings, 'server' | 'port' | 'userName' | 'encryption'>;

export function bindingOf(settings: BindingFields): string {
  const key = JSON.stringify([settings.server.toLowerCase(), settings.port, settings.userName, settings.encryption]);
  return createHash('sha256').update(key).digest('hex');
}

export type OpenedSecret = { ok: true; password: string } | { ok: false; reason: 'binding-changed' | 'undecryptable' };

/** Seals and opens passwords one account at a time, so one bad secret only affects its own account. */
export class SecretsService {
  constructor(private readonly cipher: Cipher) {}

  /** Undefined when secrets can be stored; otherwise the reason to show the user. */
  refusalReason(): string | undefined {
    const availability = this.cipher.availability();
    return availability.available ? undefined : availability.reason;
  }

  async seal(password: string, settings: BindingFields): Promise<StoredSecret> {
    const reason = this.refusalReason();
    if (reason) throw new Error(reason);
    const cipherText = await this.cipher.encrypt(password);
    return { cipherText: cipherText.toString('base64'), binding: bindingOf(settings) };
  }

  isBoundTo(secret: StoredSecret, settings: BindingFields): boolean {
    return secret.binding === bindingOf(settings);
  }

  async open(secret: StoredSecret, settings: BindingFields): Promise<OpenedSecret> {
    if (!this.isBoundTo(secret, settings)) return { ok: false, reason: 'binding-changed' };
    try {
      return { ok: true, password: await this.cipher.decrypt(Buffer.from(secret.cipherText, 'base64')) };
    } catch {
      return { ok: false, reason: 'undecryptable' };
    }
  }
}
