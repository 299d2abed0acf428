import { accountFieldsSchema, type AccountSettings } from '../../shared/account';
import { message, type Message } from '../../shared/i18n/message';
import { failed, succeeded, type Result } from '../../shared/result';
import {
  TRANSFER_FORMAT,
  TRANSFER_VERSION,
  type ExistingPolicy,
  type ExportResult,
  type ImportPlan,
  type ImportPlanEntry,
  type ImportResult,
  suggestedExportFileName,
} from '../../shared/transfer';
import type { AccountsService, ImportChange } from '../accounts/accounts-service';
import type { StoredAccount } from '../accounts/stored-account';
import { errorCode } from '../error-code';
import type { Clock } from '../ports';
import { differencesOf, destinationChanged, trustReviewFlags } from './import-differences';
import { openTransferFile } from './open-transfer-file';
import { createSealer } from './passphrase-cipher';
import { writeExportFile } from './write-export-file';
import {
  authenticatedTextOf,
  passwordAssociatedData,
  type ExportedAccount,
  type TransferDocument,
} from './transfer-file';

export interface ImportRequest {
  text: string;
  passphrase?: string | undefined;
  existing: ExistingPolicy;
  /** Import the settings and leave the passwords in the file unread (the CLI without a passphrase). */
  ignorePasswords?: boolean;
}

const SETTING_KEYS = Object.keys(accountFieldsSchema.shape).filter(
  (key) => key !== 'insecureAcknowledged',
) as (keyof AccountSettings)[];

/** The settings alone, in a fixed key order, for "is this the same account?". */
function settingsKey(settings: Partial<AccountSettings>): string {
  return JSON.stringify(SETTING_KEYS.map((key) => settings[key] ?? null));
}

/**
 * Settings only. The test history stays behind like the last test: it tells what this computer saw
 * of the server, and on another computer it would show results nobody obtained there.
 */
function exportedSettings(account: StoredAccount): ExportedAccount {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    secret: _s,
    lastTest: _l,
    testHistory: _h,
    reviewFlags: _r,
    // Derived from the sealed certificate on import: the file carries the secret, not its facts.
    clientCertificate: _f,
    ...settings
  } = account;
  return settings;
}

/** Export files: settings of all or selected accounts, passwords only sealed with a passphrase. */
export class TransferService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
    private readonly application: string,
  ) {}

  storedAccounts(): readonly StoredAccount[] {
    return this.accounts.stored();
  }

  /** The file's text; passwords that cannot be opened here (none stored, needs re-entry) are listed, not guessed. */
  async exportText(ids: readonly string[] | undefined, passphrase: string | undefined) {
    const chosen = this.accounts.stored().filter((account) => !ids || ids.includes(account.id));
    const sealer = passphrase ? await createSealer(passphrase) : undefined;
    const withoutPassword: string[] = [];
    const accounts: ExportedAccount[] = [];
    for (const account of chosen) {
      const settings = exportedSettings(account);
      if (!sealer) {
        accounts.push(settings);
        continue;
      }
      const stored = await this.accounts.passwordFor(account.id, account);
      // Sealed with where it goes and under which name: moved to another entry or pointed elsewhere, it does not open.
      if (stored.ok)
        accounts.push({ ...settings, password: sealer.seal(stored.password, passwordAssociatedData(settings)) });
      else {
        withoutPassword.push(account.connectionName);
        accounts.push(settings);
      }
    }
    const unsigned: TransferDocument = {
      format: TRANSFER_FORMAT,
      version: TRANSFER_VERSION,
      exportedAt: this.clock().toISOString(),
      application: this.application,
      passwords: sealer ? 'encrypted' : 'none',
      ...(sealer ? { encryption: sealer.derivation } : {}),
      accounts,
    };
    // The MAC covers the document as it is read back (JSON.parse of the text below): undefined values drop out alike.
    const document: TransferDocument = sealer
      ? { ...unsigned, mac: sealer.mac(authenticatedTextOf(JSON.parse(JSON.stringify(unsigned)))) }
      : unsigned;
    return {
      text: `${JSON.stringify(document, undefined, 2)}\n`,
      accounts: accounts.length,
      passwords: sealer ? accounts.length - withoutPassword.length : 0,
      withoutPassword: sealer ? withoutPassword : chosen.map((account) => account.connectionName),
    };
  }

  /**
   * Export as the window does it: first ask where (`choosePath`, the save dialog), so a cancelled
   * dialog costs no key derivation; a cancelled dialog exports nothing and is no failure.
   */
  async exportToChosenFile(
    choosePath: (suggestedName: string) => Promise<string | undefined>,
    ids: readonly string[] | undefined,
    passphrase: string | undefined,
  ): Promise<Result<ExportResult>> {
    const target = await choosePath(suggestedExportFileName(this.clock()));
    if (!target) return succeeded({ accounts: 0, passwords: 0, withoutPassword: [] });
    return this.exportToFile(target, ids, passphrase);
  }

  /** The export written to `target` in one atomic write; a failed write names the file and why. */
  async exportToFile(
    target: string,
    ids: readonly string[] | undefined,
    passphrase: string | undefined,
  ): Promise<Result<ExportResult>> {
    const { text, ...summary } = await this.exportText(ids, passphrase);
    try {
      await writeExportFile(target, text);
    } catch (error) {
      const reason = errorCode(error);
      return failed('STORAGE', message('export.writeFailed', { path: target, reason }));
    }
    return succeeded({ path: target, ...summary });
  }

  /** What an import would do, computed from the whole validated file; nothing is written. */
  async plan(request: ImportRequest): Promise<Result<ImportPlan>> {
    const prepared = await this.prepare(request);
    return prepared.ok ? succeeded(await this.planOf(prepared)) : prepared;
  }

  /** Validates again and applies in one write: on any error the stored accounts stay as they were. */
  async apply(request: ImportRequest): Promise<Result<ImportResult>> {
    const prepared = await this.prepare(request);
    if (!prepared.ok) return prepared;
    const plan = await this.planOf(prepared);
    const changes = prepared.entries.flatMap(({ change }) => (change ? [change] : []));
    const applied = await this.accounts.applyImport(changes);
    if (!applied.ok) return applied;
    const count = (action: ImportPlanEntry['action']) => plan.entries.filter((entry) => entry.action === action).length;
    return succeeded({
      plan,
      added: count('add'),
      replaced: count('replace'),
      skipped: count('skip'),
      passwordsStored: applied.value.passwordsStored,
      toReview: changes.filter((change) => change.review.length > 0).map((change) => change.settings.connectionName),
      passwordsWithheld: plan.entries
        .filter((entry) => entry.storedPasswordWithheld)
        .map((entry) => entry.connectionName),
      ...(applied.value.passwordsNotStored ? { passwordsNotStored: applied.value.passwordsNotStored } : {}),
    });
  }

  private async planOf(prepared: {
    exportedAt: string;
    passwordsIgnored?: Message;
    entries: { entry: ImportPlanEntry }[];
  }): Promise<ImportPlan> {
    const entries = prepared.entries.map(({ entry }) => entry);
    const refusal = await this.accounts.passwordsRefusal();
    return {
      exportedAt: prepared.exportedAt,
      entries,
      ...(refusal && entries.some((entry) => entry.withPassword) ? { passwordsNotStored: refusal } : {}),
      ...(prepared.passwordsIgnored ? { passwordsIgnored: prepared.passwordsIgnored } : {}),
    };
  }

  private async prepare(request: ImportRequest) {
    const opened = await openTransferFile(request.text, request.passphrase, request.ignorePasswords);
    if (!opened.ok) return opened;
    const existing = this.accounts.stored();
    const entries = opened.accounts.map((account) => {
      const { password } = account;
      const name = account.settings.connectionName;
      const match = existing.find((candidate) => candidate.connectionName.toLowerCase() === name.toLowerCase());
      // A pin or CA file decides which server is believed: new here, or changed, it is looked at before use.
      const review = [...account.review, ...trustReviewFlags(account.settings, match)];
      const entry = (action: ImportPlanEntry['action'], reason: Message): ImportPlanEntry => {
        const replacing = action === 'replace' && match !== undefined;
        return {
          connectionName: name,
          action,
          reason,
          review: action === 'skip' ? account.review : review,
          withPassword: password !== undefined,
          differences: replacing ? differencesOf(match, account.settings) : [],
          // The password stored here was entered for the old destination: it is not sent to the new one.
          storedPasswordWithheld:
            replacing &&
            password === undefined &&
            match.secret !== undefined &&
            destinationChanged(match, account.settings),
        };
      };
      const change: ImportChange = {
        settings: account.settings,
        review,
        ...(password !== undefined ? { password } : {}),
        ...(match ? { replaceId: match.id } : {}),
      };
      if (!match) return { entry: entry('add', message('import.reason.new')), change };
      if (request.existing === 'keep') return { entry: entry('skip', message('import.reason.kept')) };
      if (password === undefined && settingsKey(match) === settingsKey(account.settings))
        return { entry: entry('skip', message('import.reason.identical')) };
      return { entry: entry('replace', message('import.reason.replaces')), change };
    });
    return {
      ok: true as const,
      exportedAt: opened.exportedAt,
      ...(opened.passwordsIgnored ? { passwordsIgnored: opened.passwordsIgnored } : {}),
      entries,
    };
  }
}
