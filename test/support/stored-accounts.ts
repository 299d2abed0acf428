import type { AccountsService } from '../../src/core/accounts/accounts-service';
import { english } from './report-text';
import { DEFAULT_PROCESSING_FOLDERS, newAccountDefaults } from '../../src/shared/account';
import type { StoredAccount } from '../../src/core/accounts/stored-account';
import type { AccountSettingsInput, AccountView } from '../../src/shared/account';

/** Valid stored accounts as the app writes them, for files that tests then damage. */
export function storedAccounts(count: number): StoredAccount[] {
  return Array.from({ length: count }, (_, index) => ({
    ...newAccountDefaults(),
    ...DEFAULT_PROCESSING_FOLDERS,
    method: 'imap' as const,
    insecureAcknowledged: false,
    port: 993,
    server: `mail${index}.contoso.local`,
    connectionName: `Invoices ${index}`,
    emailAddress: `invoices${index}@contoso.com`,
    userName: `CONTOSO\\invoices${index}`,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
  }));
}

/** The accounts file's text as conf writes a document (tab-indented JSON). */
export function accountsFileText(document: unknown): string {
  return JSON.stringify(document, undefined, '\t');
}

/** The editable settings of an account as the window sees it: what a save sends back. */
export function settingsOfView(view: AccountView): { id: string; settings: Record<string, unknown> } {
  const {
    id,
    hasPassword: _h,
    passwordNeedsReentry: _p,
    createdAt: _c,
    updatedAt: _u,
    lastTest: _l,
    passwordLocked: _locked,
    ...settings
  } = view;
  return { id, settings };
}

/**
 * No TLS settings for a scripted server, with the plaintext password acknowledged as the window would
 * store them: what Test all and the CLI may send in clear text once the user has agreed.
 */
export function acknowledgedPlaintextSettings(
  server: { host: string; port: number },
  connectionName: string,
  userName: string,
): AccountSettingsInput {
  return {
    server: server.host,
    port: server.port,
    encryption: 'notls',
    validateSsl: false,
    insecureAcknowledged: true,
    connectionName,
    emailAddress: 'scan@example.test',
    userName,
  };
}

/** The least a valid account needs: what a start-up test saves to see whether saving works. */
export const MINIMAL_ACCOUNT = {
  ...newAccountDefaults(),
  server: 'mail',
  connectionName: 'A',
  emailAddress: 'a@example.com',
  userName: 'u',
};

/** A valid account to save; `index` keeps names and servers apart. */
export function accountSettings(index: number) {
  return {
    ...newAccountDefaults(),
    port: 993,
    server: `mail${index}.contoso.local`,
    connectionName: `Invoices ${index}`,
    emailAddress: `invoices${index}@contoso.com`,
    userName: `CONTOSO\\invoices${index}`,
  };
}

/**
 * Saves accounts on 127.0.0.1 port 1, where nothing listens: their test fails at once, with a
 * headline and a hint, which the browser tests look at.
 */
export async function saveRefusingAccounts(
  accounts: Pick<AccountsService, 'save'>,
  names: readonly string[],
  password: string,
): Promise<void> {
  for (const [index, connectionName] of names.entries()) {
    const settings = { ...accountSettings(index), server: '127.0.0.1', port: 1, connectionName };
    const saved = await accounts.save({ settings, password });
    if (!saved.ok) throw new Error(english(saved.error.message));
  }
}
