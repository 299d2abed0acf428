import { z } from 'zod';
import {
  accountFieldsSchema,
  accountSettingsSchema,
  CONNECTION_METHODS,
  usesAppRegistration,
  type AccountSettings,
} from '../../shared/account';
import { APP_REGISTRATION_FIELDS } from '../../shared/account-defaults';
import { isEncrypted } from '../../shared/encryption';
import { literal, message, messageList, type Message } from '../../shared/i18n/message';
import { issueAtPath, schemaMessage, type SchemaIssue } from '../../shared/schema-message';
import {
  IMPORT_MAX_ACCOUNTS,
  IMPORT_MAX_BYTES,
  PASSWORD_DESTINATION_FIELDS,
  TRANSFER_FORMAT,
  TRANSFER_VERSION,
  type ReviewFlag,
} from '../../shared/transfer';
import { canonicalJson } from './canonical-json';
import {
  keyDerivationSchema,
  keyDerivationV1Schema,
  macSchema,
  sealedSchema,
  type KeyDerivation,
  type Sealed,
} from './passphrase-cipher';

/** One account in the file: its settings as the app stores them, and its password only when sealed. */
export const exportedAccountSchema = z.strictObject({
  ...accountFieldsSchema.shape,
  password: sealedSchema.optional(),
});
export type ExportedAccount = z.input<typeof exportedAccountSchema>;

const commonHeader = {
  format: z.literal(TRANSFER_FORMAT),
  exportedAt: z.string().max(40),
  application: z.string().max(200).optional(),
  passwords: z.enum(['none', 'encrypted']),
  accounts: z
    .array(z.unknown())
    .max(IMPORT_MAX_ACCOUNTS, { error: schemaMessage('import.tooManyAccounts', { max: IMPORT_MAX_ACCOUNTS }) }),
};
/** Version 1 had no MAC; its passwords cannot be authenticated and are not read. */
const headerV1Schema = z.strictObject({
  ...commonHeader,
  version: z.literal(1),
  encryption: keyDerivationV1Schema.optional(),
});
const headerSchema = z.strictObject({
  ...commonHeader,
  version: z.literal(TRANSFER_VERSION),
  encryption: keyDerivationSchema.optional(),
  /** HMAC of the canonical document without this key, under the passphrase's MAC key. */
  mac: macSchema.optional(),
});

export interface TransferDocument {
  format: typeof TRANSFER_FORMAT;
  version: typeof TRANSFER_VERSION;
  exportedAt: string;
  application?: string;
  passwords: 'none' | 'encrypted';
  encryption?: KeyDerivation;
  accounts: ExportedAccount[];
  mac?: string;
}

export interface ImportedAccount {
  settings: AccountSettings;
  password?: Sealed;
  /** The associated data the password was sealed with, recomputed from this entry as the file has it. */
  associated: string;
  review: ReviewFlag[];
}

export type ParsedTransfer =
  | {
      ok: true;
      version: 1 | typeof TRANSFER_VERSION;
      exportedAt: string;
      /** Version 2 only: version 1 key information is checked for shape and then set aside. */
      encryption?: KeyDerivation;
      /** Version 1 with sealed passwords: they are there but cannot be authenticated. */
      unauthenticatedPasswords?: boolean;
      mac?: string;
      /** The canonical text of the document without its MAC: what the MAC covers. */
      authenticatedText: string;
      accounts: ImportedAccount[];
    }
  | { ok: false; problems: Message[] };

/** What a password is sealed with: where it goes and under which name; any change refuses it. */
const PASSWORD_CONTEXT_FIELDS = ['connectionName', ...PASSWORD_DESTINATION_FIELDS] as const;

/**
 * The associated data of an entry's password: its settings as written in the file, missing ones
 * as null. The values written are the values read back, so export and import agree byte for byte.
 * The app registration's fields count only for the methods that have one, so the files exported
 * before those methods existed (IMAP with a password) still open.
 */
export function passwordAssociatedData(entry: Readonly<Record<string, unknown>>): string {
  const method = CONNECTION_METHODS.find((known) => known === entry.method);
  const withAppRegistration = method !== undefined && usesAppRegistration(method);
  const fields = PASSWORD_CONTEXT_FIELDS.filter(
    (field) => withAppRegistration || !(APP_REGISTRATION_FIELDS as readonly string[]).includes(field),
  );
  return canonicalJson({
    purpose: `${TRANSFER_FORMAT} v${TRANSFER_VERSION} password`,
    settings: Object.fromEntries(fields.map((field) => [field, entry[field] ?? null])),
  });
}

/** The text the document MAC covers: every key of the file but the MAC itself. */
export function authenticatedTextOf(document: Readonly<Record<string, unknown>>): string {
  const { mac: _mac, ...rest } = document;
  return canonicalJson(rest);
}

/** Keys that would reach an object's prototype if some later code merged the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A file with hundreds of problems is the wrong file: the first ones say enough. */
const MAX_PROBLEMS = 20;

export function reviewFlagsOf(settings: Pick<AccountSettings, 'encryption' | 'validateSsl'>): ReviewFlag[] {
  if (!isEncrypted(settings.encryption)) return ['unencrypted'];
  return settings.validateSsl ? [] : ['certificateNotValidated'];
}

function parseJson(text: string): { value: unknown; forbidden: string[] } | { error: string } {
  const forbidden: string[] = [];
  try {
    const value: unknown = JSON.parse(text, function reviver(key, item) {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return item;
    });
    return { value, forbidden };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** "where: key path: what is wrong", each part a message of its own. */
function problemAt(where: Message, issue: SchemaIssue, whole: Message): Message {
  return messageList([where, issueAtPath(issue, whole)], ': ');
}

function accountProblems(index: number, raw: unknown, problems: Message[]): ImportedAccount | undefined {
  const name =
    typeof (raw as { connectionName?: unknown })?.connectionName === 'string'
      ? (raw as { connectionName: string }).connectionName
      : '';
  const where = message('import.account', { number: index + 1, name });
  const fields = exportedAccountSchema.safeParse(raw);
  if (!fields.success) {
    for (const issue of fields.error.issues.slice(0, 3))
      problems.push(problemAt(where, issue, message('import.entry')));
    return undefined;
  }
  // The rules across fields; an unencrypted option is flagged for review rather than refused.
  const { password, ...fieldValues } = fields.data;
  const checked = accountSettingsSchema.safeParse({ ...fieldValues, insecureAcknowledged: true });
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 3))
      problems.push(problemAt(where, issue, message('import.entry')));
    return undefined;
  }
  const review = reviewFlagsOf(checked.data);
  // An imported risk is acknowledged again by whoever reviews it here.
  const settings = { ...checked.data, insecureAcknowledged: false };
  const associated = passwordAssociatedData(raw as Record<string, unknown>);
  return { settings, review, associated, ...(password ? { password } : {}) };
}

/** Names are compared as the app compares them (trimmed, any case), also where an entry has other faults. */
function duplicateNameProblems(accounts: readonly unknown[], problems: Message[]): void {
  const firstIndexOfName = new Map<string, number>();
  accounts.forEach((raw, index) => {
    const name = (raw as { connectionName?: unknown })?.connectionName;
    if (typeof name !== 'string' || name.trim() === '') return;
    const key = name.trim().toLowerCase();
    const first = firstIndexOfName.get(key);
    if (first === undefined) firstIndexOfName.set(key, index);
    else problems.push(message('import.duplicate', { name: name.trim(), first: first + 1, second: index + 1 }));
  });
}

/**
 * Validates a whole export file before anything is applied: size, JSON, prototype keys, format and
 * version, every account against the account rules, duplicate connection names. All problems found
 * (up to MAX_PROBLEMS) come back together, so a file can be fixed in one go.
 */
export function parseTransferText(text: string): ParsedTransfer {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > IMPORT_MAX_BYTES)
    return {
      ok: false,
      problems: [
        message('import.tooLarge', { size: Math.ceil(bytes / 1024 / 1024), max: IMPORT_MAX_BYTES / 1024 / 1024 }),
      ],
    };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) return { ok: false, problems: [message('import.notJson', { reason: literal(parsed.error) })] };
  if (parsed.forbidden.length > 0)
    return { ok: false, problems: [message('import.forbiddenKey', { key: parsed.forbidden[0] ?? '' })] };
  const root = parsed.value as Record<string, unknown> | null;
  if (typeof root !== 'object' || root === null || Array.isArray(root) || root.format !== TRANSFER_FORMAT)
    return { ok: false, problems: [message('import.notExport')] };
  if (typeof root.version === 'number' && root.version > TRANSFER_VERSION)
    return { ok: false, problems: [message('import.newerVersion', { version: root.version })] };
  const header = (root.version === 1 ? headerV1Schema : headerSchema).safeParse(root);
  if (!header.success) {
    return {
      ok: false,
      problems: header.error.issues.slice(0, MAX_PROBLEMS).map((issue) => issueAtPath(issue, message('import.file'))),
    };
  }
  const problems: Message[] = [];
  const { passwords, encryption } = header.data;
  const mac = 'mac' in header.data ? header.data.mac : undefined;
  if (passwords === 'encrypted' && !encryption) problems.push(message('import.encryptionMissing'));
  // A version 2 file with passwords is authenticated as a whole; without its MAC it is not one the app wrote.
  if (header.data.version === TRANSFER_VERSION && passwords === 'encrypted' && !mac)
    problems.push(message('import.macMissing'));
  const accounts: ImportedAccount[] = [];
  header.data.accounts.forEach((raw, index) => {
    const account = accountProblems(index, raw, problems);
    if (account?.password && passwords !== 'encrypted')
      problems.push(message('import.passwordWithoutEncryption', { number: index + 1 }));
    if (account) accounts.push(account);
  });
  duplicateNameProblems(header.data.accounts, problems);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const common = {
    ok: true as const,
    exportedAt: header.data.exportedAt,
    authenticatedText: authenticatedTextOf(root),
    accounts,
  };
  if (header.data.version === 1)
    return {
      ...common,
      version: 1,
      ...(accounts.some((account) => account.password) ? { unauthenticatedPasswords: true } : {}),
    };
  return {
    ...common,
    version: TRANSFER_VERSION,
    ...(header.data.encryption ? { encryption: header.data.encryption } : {}),
    ...(mac ? { mac } : {}),
  };
}
