import { randomUUID } from 'node:crypto';
import {
  CLIENT_CREDENTIALS,
  CONNECTION_METHODS,
  CONNECTION_NAME_MAX_LENGTH,
  usesAppRegistration,
  validateAccountSettings,
  type AccountSettings,
  type AccountView,
  type LastTestResult,
} from '../../shared/account';
import type { ConnectionTestReport } from '../../shared/connection-test';
import { foldersNotReady } from '../../shared/readiness-text';
import type { ReviewFlag } from '../../shared/transfer';
import type { IpcResults, SaveAccountRequest } from '../../shared/ipc';
import {
  accountNotFound,
  failed,
  succeeded,
  validationFailure,
  type CoreError,
  type Result,
} from '../../shared/result';
import { StoreWriteError, type Clock, type DocumentStore } from '../ports';
import { bindingOf, type BindingFields, type SecretsService, type StoredSecret, type UnusableReason } from '../secrets';
import {
  CURRENT_SCHEMA_VERSION,
  TEST_HISTORY_LENGTH,
  type StoredAccount,
  type StoredDocument,
  type TestHistoryEntry,
} from './stored-account';
import { message, messageList, type Message } from '../../shared/i18n/message';
import { checkAccountSecret, type SecretKind } from './account-secret';

/** What the request's settings say the secret is, read before (and whatever) the settings' validation says. */
function secretKindOf(settings: unknown): SecretKind {
  const raw = (typeof settings === 'object' && settings !== null ? settings : {}) as Record<string, unknown>;
  const method = CONNECTION_METHODS.find((known) => known === raw.method) ?? 'imap';
  const clientCredential = CLIENT_CREDENTIALS.find((known) => known === raw.clientCredential);
  return { method, clientCredential };
}

function usesClientCertificate(settings: SecretKind): boolean {
  return usesAppRegistration(settings.method) && settings.clientCredential === 'certificate';
}

/**
 * "Name (copy)", then "Name (copy 2)", … shortened so that it stays within the name's length limit.
 * `copySuffix` is the word in the user's language, from the caller: a name is data, not a message, so it
 * is written in the language of the moment the copy is made.
 */
export function copyName(name: string, takenNames: string[], copySuffix: string): string {
  const taken = new Set(takenNames.map((taken) => taken.trim().toLowerCase()));
  const candidateFor = (attempt: number) => {
    const suffix = attempt === 1 ? ` (${copySuffix})` : ` (${copySuffix} ${attempt})`;
    return `${name.slice(0, CONNECTION_NAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
  };
  // Among taken.size + 1 candidates at least one is free.
  let attempt = 1;
  while (taken.has(candidateFor(attempt).toLowerCase())) attempt += 1;
  return candidateFor(attempt);
}

/** One account an import adds, or puts in place of an existing one (keeping its id and creation time). */
export interface ImportChange {
  settings: AccountSettings;
  password?: string;
  review: ReviewFlag[];
  replaceId?: string;
}

export type PasswordLookup =
  { ok: true; password: string } | { ok: false; reason: 'not-found' | 'no-password' | UnusableReason };

/** Why a stored password cannot be used, as the form says it next to the password field. */
export const UNUSABLE_PASSWORD_MESSAGE: Readonly<Record<UnusableReason | 'no-password', Message>> = {
  'binding-changed': message('password.bindingChanged'),
  undecryptable: message('password.undecryptable'),
  'outdated-format': message('password.outdatedFormat'),
  locked: message('password.locked'),
  'no-password': message('password.missing'),
};

function lastTestOf(report: ConnectionTestReport, at: string): LastTestResult {
  return {
    at,
    ok: report.ok,
    ...(report.error ? { code: report.error.code } : {}),
    summary: report.ok ? successSummary(report) : (report.error?.message ?? message('accounts.lastTest.failed')),
  };
}

function historyEntryOf(report: ConnectionTestReport, at: string): TestHistoryEntry {
  const fingerprint = report.tls?.certificate?.fingerprint256;
  return {
    at,
    ok: report.ok,
    ...(report.error ? { code: report.error.code } : {}),
    ...(fingerprint ? { fingerprint } : {}),
  };
}

/** The account after a test: its last result, and the result first in its history (newest first). */
function withTestResult(account: StoredAccount, report: ConnectionTestReport, at: string): StoredAccount {
  const testHistory = [historyEntryOf(report, at), ...(account.testHistory ?? [])].slice(0, TEST_HISTORY_LENGTH);
  return { ...account, lastTest: lastTestOf(report, at), testHistory };
}

function successSummary(report: ConnectionTestReport): Message {
  const signedIn = message('accounts.lastTest.ok', { messages: report.mailbox?.inbox.messages ?? 0 });
  const folders = foldersNotReady(report.mailbox);
  return folders.length === 0
    ? signedIn
    : messageList([signedIn, message('accounts.lastTest.notReady', { folders: folders.join(', ') })], ' ');
}

/** The accounts: validation, bookkeeping and persistence, with each password sealed on its own. */
export class AccountsService {
  private accounts: StoredAccount[];
  private readonly store: DocumentStore;
  /** Accounts whose cipher text did not open into their own payload (other key, damaged, another account's). */
  private readonly unusable = new Set<string>();
  /** The binding found sealed in an account's cipher text: trusted over the clear hint beside it. */
  private readonly sealedBindings = new Map<string, string>();
  /**
   * The accounts deleted in this session, as stored, and where they stood: Delete is undoable until
   * the app closes (issue 15, item 6). Memory only: the sealed password is what the file held before.
   */
  private readonly deleted = new Map<string, { account: StoredAccount; index: number }>();

  constructor(
    storage: { accounts: StoredAccount[]; store: DocumentStore },
    private readonly secrets: SecretsService,
    private readonly clock: Clock = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {
    this.accounts = storage.accounts;
    this.store = storage.store;
  }

  list(): AccountView[] {
    return this.accounts.map((account) => this.view(account));
  }

  get(id: string): Result<AccountView> {
    const account = this.accounts.find((candidate) => candidate.id === id);
    return account ? succeeded(this.view(account)) : accountNotFound(id);
  }

  /**
   * A copy of the settings under a free "… (copy)" name, without password and test result; `copySuffix`
   * is that word in the user's language (see copyName).
   */
  duplicate(id: string, copySuffix: string): Result<AccountView> {
    const original = this.accounts.find((candidate) => candidate.id === id);
    if (!original) return accountNotFound(id);
    const {
      secret: _secret,
      clientCertificate: _certificate,
      lastTest: _lastTest,
      testHistory: _history,
      ...settings
    } = original;
    const now = this.clock().toISOString();
    const copy: StoredAccount = {
      ...settings,
      id: this.newId(),
      connectionName: copyName(
        original.connectionName,
        this.accounts.map((account) => account.connectionName),
        copySuffix,
      ),
      createdAt: now,
      updatedAt: now,
    };
    const written = this.persist([...this.accounts, copy]);
    return written.ok ? succeeded(this.view(copy)) : written;
  }

  async save(request: SaveAccountRequest): Promise<Result<IpcResults['saveAccount']>> {
    const existing = request.id === undefined ? undefined : this.accounts.find((account) => account.id === request.id);
    if (request.id !== undefined && !existing) return accountNotFound(request.id);
    const otherNames = this.accounts
      .filter((account) => account.id !== request.id)
      .map((account) => account.connectionName);
    const validation = validateAccountSettings(request.settings, otherNames);
    // The secret is checked as what the method makes of it (password, client secret, certificate), at its field.
    const secretCheck = request.password
      ? checkAccountSecret(secretKindOf(request.settings), request.password)
      : undefined;
    if (!validation.ok || (secretCheck && !secretCheck.ok)) {
      const fieldErrors = validation.ok ? {} : { ...validation.fieldErrors };
      if (secretCheck && !secretCheck.ok) fieldErrors.password ??= secretCheck.problem;
      return validationFailure(fieldErrors);
    }
    const settings = validation.settings;
    const now = this.clock().toISOString();
    // Saving is the review of an imported account's settings: the flags go.
    const { reviewFlags: _reviewed, ...kept } = existing ?? {};
    const next: StoredAccount = existing
      ? { ...(kept as StoredAccount), ...settings, updatedAt: now }
      : { ...settings, id: this.newId(), createdAt: now, updatedAt: now };
    // The facts describe a stored certificate: an account that no longer signs in with one shows none.
    if (!usesClientCertificate(settings)) delete next.clientCertificate;

    let notice: Message | undefined;
    if (request.password) {
      const refusal = await this.secrets.refusalReason();
      if (refusal) {
        notice = message('accounts.savedWithoutPassword', { reason: refusal });
      } else {
        next.secret = await this.secrets.seal(request.password, next.id, settings);
        if (secretCheck?.ok && secretCheck.clientCertificate) next.clientCertificate = secretCheck.clientCertificate;
        this.forgetOpened(next.id);
      }
    }

    const accounts = existing
      ? this.accounts.map((account) => (account.id === next.id ? next : account))
      : [...this.accounts, next];
    const written = this.persist(accounts);
    if (!written.ok) return written;
    return succeeded(notice ? { account: this.view(next), notice } : { account: this.view(next) });
  }

  delete(id: string): Result<{ id: string }> {
    const index = this.accounts.findIndex((account) => account.id === id);
    const account = this.accounts[index];
    if (!account) return accountNotFound(id);
    const written = this.persist(this.accounts.filter((candidate) => candidate.id !== id));
    if (!written.ok) return written;
    this.forgetOpened(id);
    this.deleted.set(id, { account, index });
    return succeeded({ id });
  }

  /**
   * Undoes a delete of this session: the account comes back as it was stored (its id, its sealed
   * password, which still opens for the same id and settings, its test result), at its place in the
   * list. Refused when another account has taken its name since.
   */
  restore(id: string): Result<AccountView> {
    const deleted = this.deleted.get(id);
    if (!deleted) return accountNotFound(id);
    const name = deleted.account.connectionName.trim().toLowerCase();
    if (this.accounts.some((account) => account.connectionName.trim().toLowerCase() === name)) {
      return validationFailure({ connectionName: message('validation.connectionName.taken') });
    }
    const accounts = [...this.accounts];
    accounts.splice(Math.min(deleted.index, accounts.length), 0, deleted.account);
    const written = this.persist(accounts);
    if (!written.ok) return written;
    this.deleted.delete(id);
    return succeeded(this.view(deleted.account));
  }

  /**
   * The stored password, but only for the settings it was sealed with, and only from a cipher text
   * sealed for this account: `settings` are those the password would now be sent with.
   */
  async passwordFor(id: string, settings: BindingFields): Promise<PasswordLookup> {
    const account = this.accounts.find((candidate) => candidate.id === id);
    if (!account) return { ok: false, reason: 'not-found' };
    if (!account.secret) return { ok: false, reason: 'no-password' };
    const secret = account.secret;
    const opened = await this.secrets.open(secret, id, settings);
    // A save during the decryption sealed a new password: what this opening found is about the old one.
    const current = this.accounts.find((candidate) => candidate.id === id)?.secret === secret;
    if (!opened.ok) {
      if (!current) return { ok: false, reason: opened.reason };
      // What was learned while opening shows in the list: a forged clear hint no longer hides it.
      if (opened.sealedBinding) this.sealedBindings.set(id, opened.sealedBinding);
      // Locked says nothing about the secret: after unlocking it may open.
      else if (opened.reason !== 'outdated-format' && opened.reason !== 'locked') this.unusable.add(id);
      return { ok: false, reason: opened.reason };
    }
    if (!current) return { ok: true, password: opened.password };
    this.unusable.delete(id);
    this.sealedBindings.set(id, bindingOf(settings));
    if (opened.resealed) {
      const resealed = opened.resealed;
      // Best effort: if the write fails, the old cipher text still decrypts until the next try.
      this.persist(
        this.accounts.map((candidate) => (candidate.id === id ? { ...candidate, secret: resealed } : candidate)),
      );
    }
    return { ok: true, password: opened.password };
  }

  recordTestResult(id: string, report: ConnectionTestReport): void {
    this.recordTestResults([{ id, report }]);
  }

  /** Several results in one write: Test all saves in batches rather than rewriting the file per account. */
  recordTestResults(results: readonly { id: string; report: ConnectionTestReport }[]): void {
    if (results.length === 0) return;
    const at = this.clock().toISOString();
    const reports = new Map(results.map(({ id, report }) => [id, report]));
    this.persist(
      this.accounts.map((account) => {
        const report = reports.get(account.id);
        return report ? withTestResult(account, report, at) : account;
      }),
    );
  }

  /** Why passwords cannot be stored on this computer, or undefined when they can. */
  passwordsRefusal(): Promise<Message | undefined> {
    return this.secrets.refusalReason();
  }

  /** The accounts as stored, for export: settings and sealed passwords, never shown to the window. */
  stored(): readonly StoredAccount[] {
    return this.accounts;
  }

  /**
   * Applies an import in one write: every password is sealed first, so a failure on the way leaves
   * the stored accounts exactly as they were.
   */
  async applyImport(
    changes: readonly ImportChange[],
  ): Promise<Result<{ passwordsStored: number; passwordsNotStored?: Message }>> {
    const refusal = await this.secrets.refusalReason();
    const now = this.clock().toISOString();
    const replaced = new Map<string, StoredAccount>();
    const resealed: string[] = [];
    const added: StoredAccount[] = [];
    let passwordsStored = 0;
    for (const change of changes) {
      const existing = change.replaceId ? this.accounts.find((account) => account.id === change.replaceId) : undefined;
      // The id first: a password is sealed for the account it belongs to.
      const id = existing?.id ?? this.newId();
      // A secret the method cannot use (a damaged PEM) is not stored: the account asks for it instead.
      const checked = change.password !== undefined ? checkAccountSecret(change.settings, change.password) : undefined;
      const secret =
        change.password !== undefined && checked?.ok && !refusal
          ? await this.secrets.seal(change.password, id, change.settings)
          : undefined;
      if (secret) passwordsStored += 1;
      const review = change.review.length > 0 ? { reviewFlags: change.review } : {};
      const certificate =
        secret && checked?.ok && checked.clientCertificate ? { clientCertificate: checked.clientCertificate } : {};
      if (existing) {
        if (secret) resealed.push(existing.id);
        // A stored password only stays where it was entered for: an import that points the account
        // elsewhere drops it (the sealed binding would withhold it anyway; this keeps it off disk).
        const sameDestination = bindingOf(existing) === bindingOf(change.settings);
        const sealed = secret ?? (sameDestination ? existing.secret : undefined);
        const keptCertificate =
          !secret && sealed && existing.clientCertificate ? { clientCertificate: existing.clientCertificate } : {};
        replaced.set(existing.id, {
          ...change.settings,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: now,
          ...(sealed ? { secret: sealed } : {}),
          ...certificate,
          ...keptCertificate,
          ...review,
        });
      } else {
        added.push({
          ...change.settings,
          id,
          createdAt: now,
          updatedAt: now,
          ...(secret ? { secret } : {}),
          ...certificate,
          ...review,
        });
      }
    }
    const written = this.persist([...this.accounts.map((account) => replaced.get(account.id) ?? account), ...added]);
    if (!written.ok) return written;
    for (const id of resealed) this.forgetOpened(id);
    const withPasswords = changes.some((change) => change.password !== undefined);
    return succeeded({ passwordsStored, ...(refusal && withPasswords ? { passwordsNotStored: refusal } : {}) });
  }

  /**
   * Seals every stored password again (a change of the portable passphrase) in ONE write: each new
   * cipher text is made first, so a failure on the way leaves the file and the accounts as they were.
   * `reseal` answers undefined for a secret it leaves as it is (cannot open it, or nothing to do).
   * `onWritten` runs right after the write, before any other save can seal with the old key.
   */
  async resealSecrets(
    reseal: (cipherText: string) => Promise<string | undefined>,
    onWritten: () => void,
  ): Promise<Result<{ resealed: number }>> {
    const done = new Map<StoredSecret, StoredSecret | undefined>();
    // A save while this awaits seals with the old key: go round until every current secret is done.
    for (;;) {
      const pending = this.accounts.flatMap((account) =>
        account.secret && !done.has(account.secret) ? [account.secret] : [],
      );
      if (pending.length === 0) break;
      for (const secret of pending) {
        const cipherText = await reseal(secret.cipherText);
        done.set(secret, cipherText === undefined ? undefined : { ...secret, cipherText });
      }
    }
    // No await from here to the write: the accounts read are the ones written.
    let resealed = 0;
    const accounts = this.accounts.map((account) => {
      const secret = account.secret && done.get(account.secret);
      if (!secret) return account;
      resealed += 1;
      return { ...account, secret };
    });
    const written = this.persist(accounts);
    if (!written.ok) return written;
    onWritten();
    return succeeded({ resealed });
  }

  private persist(accounts: StoredAccount[]): { ok: true } | { ok: false; error: CoreError } {
    const document: StoredDocument = { schemaVersion: CURRENT_SCHEMA_VERSION, accounts };
    try {
      this.store.write(document as unknown as Record<string, unknown>);
    } catch (error) {
      // The store says why in the user's words; any other error has only its own text to show.
      const reason =
        error instanceof StoreWriteError ? error.reason : error instanceof Error ? error.message : String(error);
      return failed('STORAGE', message('accounts.writeFailed', { reason }));
    }
    this.accounts = accounts;
    return { ok: true };
  }

  /** A new password was sealed: what an earlier opening found no longer applies. */
  private forgetOpened(id: string): void {
    this.unusable.delete(id);
    this.sealedBindings.delete(id);
  }

  /**
   * Says "enter again" from the clear hint until the cipher text was opened once, then from what
   * was sealed; either way `passwordFor` alone decides whether the password is used.
   */
  private view(account: StoredAccount): AccountView {
    // The history is for the reports main writes; the window shows the last test only.
    const { secret, testHistory: _history, ...settings } = account;
    const hasPassword = secret !== undefined;
    const sealedBinding = this.sealedBindings.get(account.id);
    const bound =
      sealedBinding === undefined
        ? secret && this.secrets.seemsBoundTo(secret, account)
        : sealedBinding === bindingOf(account);
    const passwordNeedsReentry = secret !== undefined && (this.unusable.has(account.id) || !bound);
    // Only present while locked, so the view of an unlocked or installed app is what it always was.
    const locked = secret !== undefined && this.secrets.isLocked() ? { passwordLocked: true as const } : {};
    return { ...settings, hasPassword, passwordNeedsReentry, ...locked };
  }
}
