import { z } from 'zod';
import { accountIdSchema, CA_PEM_MAX_LENGTH, passwordSchema, type AccountView } from './account';
import { accountSettingsRequestSchema } from './account-request';
import type { DetectionReport } from './detection';
import type { ConnectionTestReport } from './connection-test';
import type { AppEvent } from './app-events';
import type { AppInfo } from './app-info';
import type { ApiMethod } from './ipc-channels';
import type { MenuCommand } from './menu-commands';
import { COMMAND_IDS, type CommandStates } from './commands';
import { LOCALES, type Locale } from './i18n';
import type { Message } from './i18n/message';
import { CORE_ERROR_CODES, type CoreError, type Result } from './result';
import type { StorageStatus } from './storage-status';
import type { PortablePasswordsChange, PortablePasswordsStatus } from './portable';
import { TEST_ALL_MAX_CONCURRENCY, type TestAllResult } from './test-all';
import {
  IMPORT_MAX_ACCOUNTS,
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  type ExportResult,
  type ChosenImportFile,
  type ImportPlan,
  type ImportResult,
} from './transfer';

/** Where an evidence file was written; no path when the user cancelled the save dialog. */
export interface SavedEvidence {
  path?: string;
  /** What the window announces: the file and what went into it. */
  notice?: Message;
}

/**
 * An app certificate main opened for the window (issue 16): `file` is the token that save and test
 * hand back, the rest is public, for the admin to compare with Entra ID's "Certificates & secrets".
 * The PEM with the private key stays in main.
 */
export interface ChosenClientCertificate {
  file: string;
  name: string;
  /** Hex SHA-1, upper case: the Thumbprint column in Entra ID. */
  thumbprintSha1: string;
  subject: string;
  /** ISO 8601. */
  notAfter: string;
}

/**
 * chooseClientCertificate's answer for a PFX that a password protects: nothing is open yet, the form
 * asks for the password and sends it once with openClientCertificate.
 */
export interface ClientCertificatePasswordNeeded {
  passwordNeeded: true;
  name: string;
}

/** The PFX password, sent once to main to open the chosen file; PKCS#12 passwords are short text. */
const openClientCertificateRequestSchema = z.strictObject({ password: z.string().max(1024) });
export type OpenClientCertificateRequest = z.infer<typeof openClientCertificateRequestSchema>;

/** The token chooseClientCertificate returned: main trades it for the PEM, which becomes the account's secret. */
const clientCertificateTokenSchema = z.string().min(1).max(100);

/** A stored password is either kept (undefined or empty) or replaced by the given text (or chosen certificate). */
const saveAccountRequestSchema = z.strictObject({
  id: accountIdSchema.optional(),
  settings: accountSettingsRequestSchema,
  password: passwordSchema.optional(),
  clientCertificateFile: clientCertificateTokenSchema.optional(),
});
export type SaveAccountRequest = z.infer<typeof saveAccountRequestSchema>;

const testConnectionRequestSchema = z.strictObject({
  accountId: accountIdSchema.optional(),
  settings: accountSettingsRequestSchema,
  password: passwordSchema.optional(),
  clientCertificateFile: clientCertificateTokenSchema.optional(),
  timeoutMs: z.number().int().min(1000).max(120_000).optional(),
  /** "Create missing folders", after the user confirmed it: the test creates them, then checks them. */
  createMissingFolders: z.literal(true).optional(),
});
export type TestConnectionRequest = z.infer<typeof testConnectionRequestSchema>;

/** Detection needs only the server (and an internal CA, to judge the certificate); it never logs in. */
const detectRequestSchema = z.strictObject({
  server: z.string().max(1000),
  /** The mailbox's address: its domain can say "Microsoft 365" (onmicrosoft.com, MX, autodiscover). */
  emailAddress: z.string().max(1000).optional(),
  caPem: z.string().max(CA_PEM_MAX_LENGTH).optional(),
  timeoutMs: z.number().int().min(1000).max(120_000).optional(),
});
export type DetectRequest = z.infer<typeof detectRequestSchema>;

const exportRequestSchema = z.strictObject({
  /** The accounts to export; all of them when absent. */
  ids: z.array(accountIdSchema).max(IMPORT_MAX_ACCOUNTS).optional(),
  /** Passwords are exported only sealed with this passphrase. */
  passphrase: z.string().min(PASSPHRASE_MIN_LENGTH).max(PASSPHRASE_MAX_LENGTH).optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The file's text travels to main, which validates all of it again before anything is applied. */
const importRequestSchema = z.strictObject({
  /** The token chooseImportFile returned: main read the file itself, so its size is not an IPC matter. */
  file: z.string().min(1).max(100),
  passphrase: z.string().max(PASSPHRASE_MAX_LENGTH).optional(),
  existing: z.enum(['replace', 'keep']),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

const testAccountsRequestSchema = z.strictObject({
  /** The accounts to test; all of them when absent. */
  ids: z.array(accountIdSchema).max(IMPORT_MAX_ACCOUNTS).optional(),
  concurrency: z.number().int().min(1).max(TEST_ALL_MAX_CONCURRENCY).optional(),
});

/**
 * Far above the passphrase's own limit (PASSPHRASE_MAX_LENGTH): a longer one reaches main, which
 * answers with a sentence the user understands instead of a schema message.
 */
const portablePassphraseSchema = z.string().max(64 * 1024);
const portableUnlockSchema = z.strictObject({
  passphrase: portablePassphraseSchema,
  /** "Remember on this computer": the key is sealed with this machine's safeStorage, in its own profile. */
  remember: z.boolean().optional(),
});
const portableChangeSchema = z.strictObject({
  oldPassphrase: portablePassphraseSchema,
  newPassphrase: portablePassphraseSchema,
});

/** "Copy diagnostics" copies a report with its transcript: a few hundred lines at most. */
export const MAX_COPY_LENGTH = 200_000;

/** Argument schemas per method: main validates every message with these before a service runs. */
export const ipcArgumentSchemas = {
  getAppInfo: z.tuple([]),
  setLocale: z.tuple([z.enum(LOCALES)]),
  getStorageStatus: z.tuple([]),
  listAccounts: z.tuple([]),
  getAccount: z.tuple([accountIdSchema]),
  saveAccount: z.tuple([saveAccountRequestSchema]),
  duplicateAccount: z.tuple([accountIdSchema]),
  deleteAccount: z.tuple([accountIdSchema]),
  restoreAccount: z.tuple([accountIdSchema]),
  testConnection: z.tuple([testConnectionRequestSchema]),
  detectSettings: z.tuple([detectRequestSchema]),
  cancelTest: z.tuple([]),
  copyText: z.tuple([z.string().max(MAX_COPY_LENGTH)]),
  exportAccounts: z.tuple([exportRequestSchema]),
  chooseImportFile: z.tuple([]),
  chooseClientCertificate: z.tuple([]),
  openClientCertificate: z.tuple([openClientCertificateRequestSchema]),
  previewImport: z.tuple([importRequestSchema]),
  applyImport: z.tuple([importRequestSchema]),
  // Nothing from the window: main writes what it holds (the last report, the stored accounts) where the user chooses.
  saveDiagnostics: z.tuple([]),
  saveHandover: z.tuple([]),
  testAccounts: z.tuple([testAccountsRequestSchema]),
  getPortableStatus: z.tuple([]),
  setPortablePassphrase: z.tuple([portableUnlockSchema]),
  unlockPortable: z.tuple([portableUnlockSchema]),
  changePortablePassphrase: z.tuple([portableChangeSchema]),
  forgetPortableKey: z.tuple([]),
  // Every command, each enabled or not: the application menu follows the window's states.
  setCommandStates: z.tuple([z.record(z.enum(COMMAND_IDS), z.boolean())]),
} satisfies Record<ApiMethod, z.ZodTuple>;

/** What the transport itself refuses or fails at, before or around a use case of the core. */
export const IPC_TRANSPORT_ERROR_CODES = [
  /** The arguments do not match the contract (a renderer bug or a hostile page, never the form). */
  'INVALID_ARGUMENT',
  /** The request did not come from the app window. */
  'FORBIDDEN',
  /** A handler threw: reported without its internals. */
  'INTERNAL',
] as const;
export const IPC_ERROR_CODES = [...IPC_TRANSPORT_ERROR_CODES, ...CORE_ERROR_CODES] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcError = CoreError<IpcErrorCode>;

/**
 * Expected failures travel as values: only an Error's message would survive ipcRenderer.invoke. A use
 * case's Result is a reply as it is (its codes are a part of the wire's).
 */
export type IpcReply<T> = Result<T, IpcErrorCode>;

export interface IpcResults {
  getAppInfo: AppInfo;
  setLocale: { locale: Locale };
  getStorageStatus: StorageStatus;
  listAccounts: AccountView[];
  getAccount: AccountView;
  saveAccount: { account: AccountView; notice?: Message };
  duplicateAccount: AccountView;
  deleteAccount: { id: string };
  /** The account a delete of this session removed, back in the list. */
  restoreAccount: AccountView;
  testConnection: ConnectionTestReport;
  detectSettings: DetectionReport;
  cancelTest: { cancelled: boolean };
  copyText: { copied: number };
  exportAccounts: ExportResult;
  /** null when the user cancelled the open dialog. */
  chooseImportFile: ChosenImportFile | null;
  /** null when the user cancelled the open dialog. */
  chooseClientCertificate: ChosenClientCertificate | ClientCertificatePasswordNeeded | null;
  openClientCertificate: ChosenClientCertificate;
  previewImport: ImportPlan;
  applyImport: ImportResult;
  saveDiagnostics: SavedEvidence;
  saveHandover: SavedEvidence;
  testAccounts: TestAllResult;
  getPortableStatus: PortablePasswordsStatus;
  setPortablePassphrase: PortablePasswordsChange;
  unlockPortable: PortablePasswordsChange;
  changePortablePassphrase: PortablePasswordsChange;
  forgetPortableKey: PortablePasswordsChange;
  setCommandStates: CommandStates;
}

export type IpcArgs<M extends ApiMethod> = z.input<(typeof ipcArgumentSchemas)[M]>;
export type IpcParsedArgs<M extends ApiMethod> = z.output<(typeof ipcArgumentSchemas)[M]>;

/** What the renderer calls: one function per method, plus the two subscriptions to what main pushes. */
export type MailboxConnectApi = {
  [M in ApiMethod]: (...args: IpcArgs<M>) => Promise<IpcReply<IpcResults[M]>>;
} & {
  /** Calls `listener` for each application-menu command; returns the function that stops it. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Calls `listener` for each progress event (Test all, the running test's stage); returns the function that stops it. */
  onAppEvent: (listener: (event: AppEvent) => void) => () => void;
};

/** What main implements: a missing method here is a compile error. */
export type IpcHandlers = {
  [M in ApiMethod]: (...args: IpcParsedArgs<M>) => Promise<IpcReply<IpcResults[M]>>;
};
