/** Turns a settings document of format n into format n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations of the accounts file, keyed by the format they start from. Format 1 is the first
 * one written; a later format adds its step here, e.g. `1: (document) => ({ ...document, … })`.
 */
export const ACCOUNTS_FILE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Format 2: a summary written as text becomes literal text, shown as it was written.
  1: (document) => ({
    ...document,
    accounts: Array.isArray(document.accounts) ? document.accounts.map(summaryAsMessage) : document.accounts,
  }),
  // Format 3: the test history starts with the last test the file already knows, so nothing is lost.
  2: (document) => ({
    ...document,
    accounts: Array.isArray(document.accounts) ? document.accounts.map(historyFromLastTest) : document.accounts,
  }),
};

function historyFromLastTest(account: unknown): unknown {
  if (typeof account !== 'object' || account === null) return account;
  const { lastTest, testHistory } = account as { lastTest?: unknown; testHistory?: unknown };
  if (testHistory !== undefined || typeof lastTest !== 'object' || lastTest === null) return account;
  const { at, ok, code } = lastTest as { at?: unknown; ok?: unknown; code?: unknown };
  // A last test validation would refuse is left as it is: validation then judges the account as in format 2.
  if (typeof at !== 'string' || typeof ok !== 'boolean') return account;
  return { ...account, testHistory: [{ at, ok, ...(typeof code === 'string' ? { code } : {}) }] };
}

function summaryAsMessage(account: unknown): unknown {
  if (typeof account !== 'object' || account === null) return account;
  const { lastTest } = account as { lastTest?: unknown };
  if (typeof lastTest !== 'object' || lastTest === null) return account;
  const { summary } = lastTest as { summary?: unknown };
  // Anything else is left for validation to judge, as in format 1.
  return typeof summary === 'string' ? { ...account, lastTest: { ...lastTest, summary: { text: summary } } } : account;
}

export type MigrationOutcome = { ok: true; document: Record<string, unknown> } | { ok: false; reason: string };

/** Applies each step from `fromVersion` up to `toVersion`, in order, on a copy. */
export function migrateDocument(
  document: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, Migration>> = ACCOUNTS_FILE_MIGRATIONS,
): MigrationOutcome {
  let current = structuredClone(document);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from format ${version} to ${version + 1}` };
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { ok: true, document: current };
}
