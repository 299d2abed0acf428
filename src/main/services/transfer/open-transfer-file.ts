import type { AccountSettings } from '../../../shared/account';
import { t } from '../../../shared/i18n';
import type { IpcError } from '../../../shared/ipc';
import type { ReviewFlag } from '../../../shared/transfer';
import { createOpener } from './passphrase-cipher';
import { parseTransferText } from './transfer-file';

export interface OpenedAccount {
  settings: AccountSettings;
  review: ReviewFlag[];
  /** The password in clear, when the file carried one and the passphrase opened it. */
  password?: string;
}

export type OpenedTransferFile =
  | { ok: true; exportedAt: string; accounts: OpenedAccount[] }
  | { ok: false; error: IpcError & { code: 'INVALID_FILE' | 'PASSPHRASE_REQUIRED' | 'WRONG_PASSPHRASE' } };

/**
 * Validates an export file and opens its passwords with the passphrase: a wrong passphrase, or
 * one password entry that does not open, refuses the whole file. `ignorePasswords` reads the
 * settings alone, leaving any sealed passwords unread.
 */
export async function openTransferFile(
  text: string,
  passphrase: string | undefined,
  ignorePasswords = false,
): Promise<OpenedTransferFile> {
  const parsed = parseTransferText(text);
  if (!parsed.ok)
    return { ok: false, error: { code: 'INVALID_FILE', message: t('import.invalid'), problems: parsed.problems } };
  const accounts: OpenedAccount[] = parsed.accounts.map(({ settings, review }) => ({ settings, review }));
  if (!parsed.encryption || ignorePasswords) return { ok: true, exportedAt: parsed.exportedAt, accounts };
  if (!passphrase)
    return { ok: false, error: { code: 'PASSPHRASE_REQUIRED', message: t('import.passphraseRequired') } };
  const open = await createOpener(passphrase, parsed.encryption);
  if (!open) return { ok: false, error: { code: 'WRONG_PASSPHRASE', message: t('import.wrongPassphrase') } };
  const damaged: string[] = [];
  parsed.accounts.forEach((account, index) => {
    if (!account.password) return;
    const password = open(account.password);
    if (password === undefined) damaged.push(t('import.passwordDamaged', { number: index + 1 }));
    else (accounts[index] as OpenedAccount).password = password;
  });
  if (damaged.length > 0)
    return { ok: false, error: { code: 'INVALID_FILE', message: t('import.invalid'), problems: damaged } };
  return { ok: true, exportedAt: parsed.exportedAt, accounts };
}
