import { message, messageList, type Message } from '../../shared/i18n/message';
import { issueAtPath } from '../../shared/schema-message';
import { migrateDocument, ACCOUNTS_FILE_MIGRATIONS, type Migration } from './migrations';
import { salvageAccountObjects } from './salvage-accounts';
import { CURRENT_SCHEMA_VERSION, storedAccountSchema, type StoredAccount } from './stored-account';

/** What an accounts file turned out to hold. Never throws: the app must start whatever is on disk. */
export type AccountsDocumentReading =
  | { kind: 'missing' }
  | { kind: 'intact'; accounts: StoredAccount[]; migratedFrom?: number }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; problem: Message; accounts: StoredAccount[] };

const BOM = '\uFEFF';

interface ValidatedEntries {
  accounts: StoredAccount[];
  problems: Message[];
}

function describeEntry(entry: unknown, position: number): Message {
  const name =
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as { connectionName?: unknown }).connectionName === 'string'
      ? ` (“${(entry as { connectionName: string }).connectionName}”)`
      : '';
  return message('storage.problem.account', { position, name });
}

/** Keeps the entries that are valid accounts with an id not seen before; says why each other one was dropped. */
function validateEntries(entries: unknown[]): ValidatedEntries {
  const accounts: StoredAccount[] = [];
  const problems: Message[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = storedAccountSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // The field's path, then what is wrong with it (a rule's message, or zod's check in our words).
      const reason = issue ? issueAtPath(issue) : message('schema.invalid');
      problems.push(messageList([describeEntry(entry, index + 1), reason], ' – '));
    } else if (ids.has(parsed.data.id)) {
      problems.push(messageList([describeEntry(entry, index + 1), message('storage.problem.sameId')], ' – '));
    } else {
      ids.add(parsed.data.id);
      accounts.push(parsed.data);
    }
  });
  return { accounts, problems };
}

function droppedProblem(total: number, problems: Message[]): Message {
  const more = problems.length > 3 ? [message('storage.problem.more', { count: problems.length - 3 })] : [];
  return message('storage.problem.dropped', {
    dropped: problems.length,
    total,
    details: messageList([...problems.slice(0, 3), ...more], '; '),
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Interprets the text of the accounts file; `undefined` means there is no file. */
export function readAccountsDocument(
  text: string | undefined,
  currentVersion = CURRENT_SCHEMA_VERSION,
  migrations: Readonly<Record<number, Migration>> = ACCOUNTS_FILE_MIGRATIONS,
): AccountsDocumentReading {
  if (text === undefined) return { kind: 'missing' };
  const hasBom = text.startsWith(BOM);
  const body = hasBom ? text.slice(BOM.length) : text;
  if (body.trim() === '') return { kind: 'damaged', problem: message('storage.problem.empty'), accounts: [] };

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const salvaged = validateEntries(salvageAccountObjects(body));
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'damaged',
      problem: message('storage.problem.notJson', { reason }),
      accounts: salvaged.accounts,
    };
  }
  if (!isPlainObject(parsed)) {
    return { kind: 'damaged', problem: message('storage.problem.notObject'), accounts: [] };
  }

  const version = parsed.schemaVersion;
  const entries = Array.isArray(parsed.accounts) ? parsed.accounts : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const salvaged = validateEntries(entries ?? []);
    return { kind: 'damaged', problem: message('storage.problem.noVersion'), accounts: salvaged.accounts };
  }
  if (version > currentVersion) return { kind: 'newer', version };

  let document = parsed;
  if (version < currentVersion) {
    const migrated = migrateDocument(parsed, version, currentVersion, migrations);
    if (!migrated.ok) {
      return {
        kind: 'damaged',
        problem: message('storage.problem.migration', { version, reason: migrated.reason }),
        accounts: [],
      };
    }
    document = migrated.document;
  }
  if (!Array.isArray(document.accounts)) {
    return { kind: 'damaged', problem: message('storage.problem.noList'), accounts: [] };
  }

  const validated = validateEntries(document.accounts);
  if (validated.problems.length > 0) {
    return {
      kind: 'damaged',
      problem: droppedProblem(document.accounts.length, validated.problems),
      accounts: validated.accounts,
    };
  }
  if (hasBom) {
    return {
      kind: 'damaged',
      problem: message('storage.problem.bom'),
      accounts: validated.accounts,
    };
  }
  return version < currentVersion
    ? { kind: 'intact', accounts: validated.accounts, migratedFrom: version }
    : { kind: 'intact', accounts: validated.accounts };
}
