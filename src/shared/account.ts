import { z } from 'zod';
import {
  CA_PEM_MAX_LENGTH,
  CONNECTION_METHODS,
  CONNECTION_NAME_MAX_LENGTH,
  DEFAULT_PROCESSING_FOLDERS,
  PASSWORD_MAX_LENGTH,
  usesAppRegistration,
} from './account-defaults';
import { appRegistrationFields, appRegistrationIssues } from './app-registration';
import { ENCRYPTIONS, isEncrypted, type Encryption } from './encryption';
import { isSha256Fingerprint, normaliseFingerprint } from './fingerprint';
import { message, type Message } from './i18n/message';
import { messageOfIssue, schemaMessage } from './schema-message';
import type { ReviewFlag } from './transfer';
import { serverAddressProblem } from './server-address';

/** CR, LF and NUL would let a value inject IMAP commands or break the stored file. */
const FORBIDDEN_CONTROL = /[\r\n\0]/;
const hasNoControl = (value: string): boolean => !FORBIDDEN_CONTROL.test(value);
const noControlMessage = (
  field: 'connectionName' | 'userName' | 'sharedMailboxAlias' | 'password' | 'successFolder' | 'failedFolder',
) => ({
  error: schemaMessage('validation.control', { field: message(`validation.field.${field}`) }),
});

export {
  CA_PEM_MAX_LENGTH,
  CLIENT_CREDENTIALS,
  CONNECTION_METHODS,
  CONNECTION_NAME_MAX_LENGTH,
  DEFAULT_PROCESSING_FOLDERS,
  newAccountDefaults,
  PASSWORD_MAX_LENGTH,
  usesAppRegistration,
  type AppRegistrationMethod,
  type ClientCredential,
  type ConnectionMethod,
} from './account-defaults';

const serverSchema = z
  .string()
  .max(1000, { error: schemaMessage('validation.server.tooLong') })
  .transform((value) => value.trim())
  .check((ctx) => {
    const problem = serverAddressProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: schemaMessage(problem), input: ctx.value });
  });

const portSchema = z
  .union([z.number(), z.string()], { error: schemaMessage('validation.port.range') })
  .transform((value, ctx) => {
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text !== undefined && !/^\d+$/.test(text)) {
      ctx.issues.push({
        code: 'custom',
        message: schemaMessage(text === '' ? 'validation.port.range' : 'validation.port.whole'),
        input: value,
      });
      return z.NEVER;
    }
    const port = Number(text ?? value);
    if (!Number.isInteger(port)) {
      ctx.issues.push({ code: 'custom', message: schemaMessage('validation.port.integer'), input: value });
      return z.NEVER;
    }
    if (port < 1 || port > 65535) {
      ctx.issues.push({ code: 'custom', message: schemaMessage('validation.port.range'), input: value });
      return z.NEVER;
    }
    return port;
  });

/** Text as typed, trimmed, then checked by `rules`; the 1,000-character cap keeps a pasted file out of it. */
function trimmed<T extends z.ZodType<unknown, string>>(rules: T) {
  return z
    .string()
    .max(1000)
    .transform((value) => value.trim())
    .pipe(rules);
}

/** Where the document-processing system moves mail it has read; INBOX is where it reads. */
export const FOLDER_NAME_MAX_LENGTH = 200;
export interface ProcessingFolderNames {
  successFolder: string;
  failedFolder: string;
}

/** A folder's full name as the server lists it; `*` and `%` are LIST wildcards and cannot name one folder. */
const folderNameSchema = (field: 'successFolder' | 'failedFolder') =>
  trimmed(
    z
      .string()
      .min(1, { error: schemaMessage('validation.folder.empty') })
      .max(FOLDER_NAME_MAX_LENGTH, {
        error: schemaMessage('validation.folder.tooLong', { max: FOLDER_NAME_MAX_LENGTH }),
      })
      .refine((value) => !/[*%]/.test(value), { error: schemaMessage('validation.folder.wildcard') })
      .refine((value) => value.toUpperCase() !== 'INBOX', { error: schemaMessage('validation.folder.inbox') })
      .refine(hasNoControl, noControlMessage(field)),
  ).default(DEFAULT_PROCESSING_FOLDERS[field]);

export const accountFieldsSchema = z.object({
  method: z.enum(CONNECTION_METHODS).default('imap'),
  server: serverSchema,
  port: portSchema,
  encryption: z.enum(ENCRYPTIONS, { error: schemaMessage('validation.encryption') }),
  validateSsl: z.boolean(),
  connectionName: trimmed(
    z
      .string()
      .min(1, { error: schemaMessage('validation.connectionName.empty') })
      .max(CONNECTION_NAME_MAX_LENGTH, {
        error: schemaMessage('validation.connectionName.tooLong', { max: CONNECTION_NAME_MAX_LENGTH }),
      })
      .refine(hasNoControl, noControlMessage('connectionName')),
  ),
  emailAddress: trimmed(
    z
      .string()
      .min(1, { error: schemaMessage('validation.emailAddress.empty') })
      .pipe(
        // The browsers' (HTML5) rule: Exchange allows !#$%&'*+/=?^_`{|}~ in addresses, which zod's default refuses.
        z.email({ pattern: z.regexes.html5Email, error: schemaMessage('validation.emailAddress.invalid') }),
      ),
  ),
  userName: trimmed(
    z
      .string()
      .min(1, { error: schemaMessage('validation.userName.empty') })
      .max(256, { error: schemaMessage('validation.userName.tooLong') })
      .refine(hasNoControl, noControlMessage('userName')),
  ),
  /**
   * Exchange on-premises reads a shared mailbox over IMAP when the delegate signs in as
   * DOMAIN\user\alias with their own password: the alias is kept apart so the user name stays theirs.
   */
  sharedMailboxAlias: trimmed(
    z
      .string()
      .max(64, { error: schemaMessage('validation.alias.tooLong') })
      .refine((value) => !/[\\/@\s]/.test(value), { error: schemaMessage('validation.alias.characters') })
      .refine(hasNoControl, noControlMessage('sharedMailboxAlias')),
  )
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  successFolder: folderNameSchema('successFolder'),
  failedFolder: folderNameSchema('failedFolder'),
  insecureAcknowledged: z.boolean().default(false),
  /** "Trust this certificate": the SHA-256 fingerprint the admin checked and accepted (Exchange's self-signed default). */
  trustedFingerprint: z
    .string()
    .max(200)
    .refine((value) => value.trim() === '' || isSha256Fingerprint(value), {
      error: schemaMessage('validation.fingerprint'),
    })
    .transform((value) => (value.trim() === '' ? undefined : normaliseFingerprint(value)))
    .optional(),
  /** An internal CA's certificate(s) in PEM, for servers whose CA is not in the Windows store. */
  caCertificatePem: z
    .string()
    .max(CA_PEM_MAX_LENGTH, { error: schemaMessage('validation.caFile.tooLarge', { max: CA_PEM_MAX_LENGTH / 1024 }) })
    .refine((value) => value.trim() === '' || value.includes('-----BEGIN CERTIFICATE-----'), {
      error: schemaMessage('validation.caFile.noPem'),
    })
    .transform((value) => (value.trim() === '' ? undefined : value.trim()))
    .optional(),
  ...appRegistrationFields,
});

export const accountSettingsSchema = accountFieldsSchema.check((ctx) => {
  const { encryption, insecureAcknowledged, sharedMailboxAlias, userName, successFolder, failedFolder } = ctx.value;
  if (successFolder.toLowerCase() === failedFolder.toLowerCase()) {
    ctx.issues.push({
      code: 'custom',
      path: ['failedFolder'],
      message: schemaMessage('validation.folder.same'),
      input: failedFolder,
    });
  }
  if (sharedMailboxAlias && userName.split('\\').length > 2) {
    ctx.issues.push({
      code: 'custom',
      path: ['sharedMailboxAlias'],
      message: schemaMessage('validation.alias.twice'),
      input: sharedMailboxAlias,
    });
  }
  if (usesAppRegistration(ctx.value.method)) ctx.issues.push(...appRegistrationIssues(ctx.value));
  if (!isEncrypted(encryption) && !insecureAcknowledged) {
    ctx.issues.push({
      code: 'custom',
      path: ['insecureAcknowledged'],
      message: schemaMessage('validation.insecure'),
      input: insecureAcknowledged,
    });
  }
});

/**
 * What a connection test needs; the rest of the account may still be incomplete. The acknowledgement
 * is kept: main sends no password over None or No TLS without it.
 */
export const connectionSettingsSchema = accountFieldsSchema.pick({
  method: true,
  tenant: true,
  clientId: true,
  clientCredential: true,
  authorityHost: true,
  server: true,
  port: true,
  encryption: true,
  validateSsl: true,
  insecureAcknowledged: true,
  userName: true,
  sharedMailboxAlias: true,
  trustedFingerprint: true,
  caCertificatePem: true,
  successFolder: true,
  failedFolder: true,
});
export type ConnectionSettings = z.output<typeof connectionSettingsSchema>;

/** What the form and the CLI hand in (port may still be text). */
export type AccountSettingsInput = z.input<typeof accountSettingsSchema>;
/** Normalised settings after validation. */
export type AccountSettings = z.output<typeof accountSettingsSchema>;
export type AccountField = keyof AccountSettings | 'password';
export type FieldErrors = Partial<Record<AccountField, Message>>;

export const passwordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH, { error: schemaMessage('validation.password.tooLong', { max: PASSWORD_MAX_LENGTH }) })
  .refine(hasNoControl, noControlMessage('password'));

// Its message only reaches a caller that sends a malformed id (INVALID_ARGUMENT), never the form.
export const accountIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, { error: schemaMessage('validation.accountId') });

export type ValidationResult = { ok: true; settings: AccountSettings } | { ok: false; fieldErrors: FieldErrors };

/** Collects the first message per field so the form can show each next to its field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = (issue.path[0] ?? 'server') as AccountField;
    errors[field] ??= messageOfIssue(issue);
  }
  return errors;
}

/**
 * Validates settings; `otherConnectionNames` are the names of the other accounts, because the name
 * must be unique (case-insensitive) to tell the mailboxes apart in document processing.
 */
export function validateAccountSettings(
  input: unknown,
  otherConnectionNames: readonly string[] = [],
): ValidationResult {
  const parsed = accountSettingsSchema.safeParse(input);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const name =
    typeof (input as { connectionName?: unknown })?.connectionName === 'string'
      ? (input as { connectionName: string }).connectionName.trim().toLowerCase()
      : '';
  if (name && otherConnectionNames.some((other) => other.trim().toLowerCase() === name)) {
    fieldErrors.connectionName ??= message('validation.connectionName.taken');
  }
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, settings: parsed.data };
  return { ok: false, fieldErrors };
}

export interface FieldWarning {
  field: AccountField;
  message: Message;
}

/** Warnings do not block saving: an admin may run IMAPS on a non-standard port on purpose. */
export function accountWarnings(settings: { encryption: Encryption; port: number | string }): FieldWarning[] {
  const port = Number(settings.port);
  const warnings: FieldWarning[] = [];
  const implicitTls = settings.encryption === 'ssl' || settings.encryption === 'tls';
  if (implicitTls && port === 143) {
    warnings.push({
      field: 'port',
      message: message('warning.port.implicitOn143'),
    });
  } else if (!implicitTls && port === 993) {
    warnings.push({
      field: 'port',
      message: message('warning.port.plainOn993'),
    });
  }
  if (!isEncrypted(settings.encryption)) {
    warnings.push({
      field: 'encryption',
      message: message('warning.unencrypted'),
    });
  }
  return warnings;
}

export interface LastTestResult {
  at: string;
  ok: boolean;
  code?: string;
  /** Saved as a key and its parameters, so the overview shows it in whatever language is chosen later. */
  summary: Message;
}

/**
 * One test of an account as its history keeps it (newest first, a few at most): for the evidence
 * files main writes, not for the window.
 */
export interface TestHistoryEntry {
  at: string;
  ok: boolean;
  code?: string | undefined;
  /** SHA-256 of the certificate the server showed; absent without TLS. */
  fingerprint?: string | undefined;
}

/** An account as the renderer sees it: never a password, only whether one is stored. */
export interface AccountView extends AccountSettings {
  id: string;
  createdAt: string;
  updatedAt: string;
  hasPassword: boolean;
  /** The stored password can no longer be used (undecryptable, or server/port/user/encryption changed). */
  passwordNeedsReentry: boolean;
  /**
   * Portable mode before the passphrase is entered: a password is stored but cannot be used until
   * the window unlocks it. Absent otherwise.
   */
  passwordLocked?: true;
  lastTest?: LastTestResult;
  /** Imported with insecure settings that nobody has looked at yet. */
  reviewFlags?: ReviewFlag[];
  /** The stored app certificate's public facts (clientCredential = certificate); never its key. */
  clientCertificate?: { thumbprintSha1: string; subject: string; notAfter: string };
}

/** The login the server sees: the user name, or DOMAIN\user\alias for an Exchange shared mailbox. */
export function effectiveLogin(settings: { userName: string; sharedMailboxAlias?: string | undefined }): string {
  return settings.sharedMailboxAlias ? `${settings.userName}\\${settings.sharedMailboxAlias}` : settings.userName;
}
