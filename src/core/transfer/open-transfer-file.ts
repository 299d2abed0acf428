import type { AccountSettings } from '../../shared/account';
import { message, type Message } from '../../shared/i18n/message';
import { failed, type CoreError } from '../../shared/result';
import type { ReviewFlag } from '../../shared/transfer';
import { createOpener } from './passphrase-cipher';
import { parseTransferText } from './transfer-file';

export interface OpenedAccount {
  settings: AccountSettings;
  review: ReviewFlag[];
  /** The password in clear, when the file carried one and the passphrase opened it. */
  password?: string;
}

export type OpenedTransferFile =
  | {
      ok: true;
      exportedAt: string;
      accounts: OpenedAccount[];
      /** Why the file's passwords were not read although it has some (a version 1 file). */
      passwordsIgnored?: Message;
    }
  | { ok: false; error: CoreError<'INVALID_FILE' | 'PASSPHRASE_REQUIRED' | 'WRONG_PASSPHRASE'> };

const altered = (problems?: Message[]): OpenedTransferFile =>
  failed('INVALID_FILE', message('import.altered'), problems ? { problems } : {});

/**
 * Validates an export file and, when it has passwords, authenticates it with the passphrase before
 * anything in it is used: the MAC over the whole document, then each password against its entry's
 * settings. A wrong passphrase, or any alteration, refuses the whole file. `ignorePasswords` reads
 * the settings alone, leaving any sealed passwords unread (and the settings unauthenticated, as in
 * a file exported without passwords).
 */
export async function openTransferFile(
  text: string,
  passphrase: string | undefined,
  ignorePasswords = false,
): Promise<OpenedTransferFile> {
  const parsed = parseTransferText(text);
  if (!parsed.ok) return failed('INVALID_FILE', message('import.invalid'), { problems: parsed.problems });
  const accounts: OpenedAccount[] = parsed.accounts.map(({ settings, review }) => ({ settings, review }));
  const settingsOnly = { ok: true as const, exportedAt: parsed.exportedAt, accounts };
  if (ignorePasswords) return settingsOnly;
  // Version 1 sealed each password without its settings and had no MAC: nothing proves where they
  // belong, so they are not read at all; the settings come in like those of a file without passwords.
  if (parsed.unauthenticatedPasswords)
    return { ...settingsOnly, passwordsIgnored: message('import.version1Passwords') };
  if (!parsed.encryption) return settingsOnly;
  if (!passphrase) return failed('PASSPHRASE_REQUIRED', message('import.passphraseRequired'));
  const opener = await createOpener(passphrase, parsed.encryption);
  // The check text opens with the right passphrase only: past this point a failure is an alteration.
  if (!opener) return failed('WRONG_PASSPHRASE', message('import.wrongPassphrase'));
  if (!parsed.mac || !opener.verify(parsed.authenticatedText, parsed.mac)) return altered();
  const damaged: Message[] = [];
  parsed.accounts.forEach((account, index) => {
    if (!account.password) return;
    const password = opener.open(account.password, account.associated);
    if (password === undefined) damaged.push(message('import.passwordDamaged', { number: index + 1 }));
    else (accounts[index] as OpenedAccount).password = password;
  });
  if (damaged.length > 0) return altered(damaged);
  return { ok: true, exportedAt: parsed.exportedAt, accounts };
}
