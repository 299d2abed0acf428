import { APP_REGISTRATION_FIELDS } from './account-defaults';
import type { Message } from './i18n/message';
/** The export file: its name on disk, its limits, and what import reports before and after applying. */
export const TRANSFER_FORMAT = 'mailbox-connect-accounts';
/**
 * 2: the settings are authenticated with the passphrase (a MAC over the whole document, each
 * password sealed with its entry's settings as associated data). 1 is still read, settings only.
 */
export const TRANSFER_VERSION = 2;
/** Thousands of accounts fit in well under a megabyte; anything near this limit is not an export. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ACCOUNTS = 5000;

/** A file main opened and read for an import; the renderer refers to it by `file`, never by content. */
export interface ChosenImportFile {
  file: string;
  name: string;
  bytes: number;
}
export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

/**
 * Settings an import brings in that an admin should look at before the account is used: insecure
 * options, and a new or changed trust (a pinned certificate or a CA file decides which server is believed).
 */
export const REVIEW_FLAGS = ['unencrypted', 'certificateNotValidated', 'trustedFingerprint', 'caCertificate'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** The settings that decide where a password goes: a change of any of them drops the stored password on import. */
export const PASSWORD_DESTINATION_FIELDS = [
  'method',
  ...APP_REGISTRATION_FIELDS,
  'server',
  'port',
  'userName',
  'sharedMailboxAlias',
  'encryption',
  'validateSsl',
  'trustedFingerprint',
  'caCertificatePem',
] as const;
/** What an import plan compares for an account it replaces: the destination first, then the rest. */
export const IMPORT_COMPARED_FIELDS = [
  ...PASSWORD_DESTINATION_FIELDS,
  'emailAddress',
  'successFolder',
  'failedFolder',
] as const;
export type ImportComparedField = (typeof IMPORT_COMPARED_FIELDS)[number];

/** A value as the plan shows it: null is "not set"; a CA file is summarised (subject and fingerprint), not copied. */
export type ImportValue = string | number | boolean | null;

export interface ImportDifference {
  field: ImportComparedField;
  from: ImportValue;
  to: ImportValue;
}

/** What happens to an account in the file whose name already exists here. */
export type ExistingPolicy = 'replace' | 'keep';

export interface ImportPlanEntry {
  connectionName: string;
  action: 'add' | 'replace' | 'skip';
  /** Why. */
  reason: Message;
  review: ReviewFlag[];
  /** The file carries this account's password (encrypted with the passphrase). */
  withPassword: boolean;
  /** For a replace: each setting that changes, old → new (empty otherwise). */
  differences: ImportDifference[];
  /**
   * A replace that changes where the password goes and brings no password: the password stored
   * here was entered for the old destination and is not sent to the new one; it must be entered again.
   */
  storedPasswordWithheld: boolean;
}

export interface ImportPlan {
  exportedAt: string;
  entries: ImportPlanEntry[];
  /** Set when passwords in the file cannot be stored on this computer, with the reason. */
  passwordsNotStored?: Message;
  /** Set when the file's passwords were not read (a version 1 file cannot be authenticated), with the reason. */
  passwordsIgnored?: Message;
}

export interface ImportResult {
  /** What was done to each account, and why: the plan as applied. */
  plan: ImportPlan;
  added: number;
  replaced: number;
  skipped: number;
  passwordsStored: number;
  /** The names that need a look before use (insecure settings). */
  toReview: string[];
  passwordsNotStored?: Message;
  /** Accounts whose stored password is no longer used because the import changed where it would go. */
  passwordsWithheld: string[];
}

export interface ExportResult {
  /** Undefined when the user cancelled the save dialog. */
  path?: string;
  accounts: number;
  passwords: number;
  /** Accounts whose password could not be exported (none stored, or it needs re-entry). */
  withoutPassword: string[];
}

export function suggestedExportFileName(now: Date): string {
  return `mailbox-connect-accounts-${now.toISOString().slice(0, 10)}.json`;
}
