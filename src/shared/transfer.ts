/** The export file: its name on disk, its limits, and what import reports before and after applying. */
export const TRANSFER_FORMAT = 'mailbox-connect-accounts';
export const TRANSFER_VERSION = 1;
/** Thousands of accounts fit in well under a megabyte; anything near this limit is not an export. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ACCOUNTS = 5000;
export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

/** Settings an import brings in that an admin should look at before the account is used. */
export const REVIEW_FLAGS = ['unencrypted', 'certificateNotValidated'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** What happens to an account in the file whose name already exists here. */
export type ExistingPolicy = 'replace' | 'keep';

export interface ImportPlanEntry {
  connectionName: string;
  action: 'add' | 'replace' | 'skip';
  /** Why, in the current language. */
  reason: string;
  review: ReviewFlag[];
  /** The file carries this account's password (encrypted with the passphrase). */
  withPassword: boolean;
}

export interface ImportPlan {
  exportedAt: string;
  entries: ImportPlanEntry[];
  /** Set when passwords in the file cannot be stored on this computer, with the reason. */
  passwordsNotStored?: string;
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
  passwordsNotStored?: string;
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
