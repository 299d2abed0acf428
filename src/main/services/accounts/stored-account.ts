import { z } from 'zod';
import { accountFieldsSchema, accountIdSchema } from '../../../shared/account';

export const CURRENT_SCHEMA_VERSION = 1;

const storedSecretSchema = z.object({ cipherText: z.string().min(1), binding: z.string().min(1) });
const lastTestSchema = z.object({ at: z.string(), ok: z.boolean(), code: z.string().optional(), summary: z.string() });

/** One account as it is written to disk: settings, bookkeeping and the sealed password. */
export const storedAccountSchema = accountFieldsSchema.extend({
  id: accountIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  secret: storedSecretSchema.optional(),
  lastTest: lastTestSchema.optional(),
});
export type StoredAccount = z.output<typeof storedAccountSchema>;

export interface StoredDocument {
  schemaVersion: number;
  accounts: StoredAccount[];
}

export interface LoadOutcome {
  accounts: StoredAccount[];
  /** Entries that could not be read, kept out of the list but reported. */
  skipped: number;
}

/** Reads whatever is on disk without throwing: the app must start whatever the file holds. */
export function readStoredDocument(raw: unknown): LoadOutcome {
  const entries =
    typeof raw === 'object' && raw !== null && Array.isArray((raw as { accounts?: unknown }).accounts)
      ? (raw as { accounts: unknown[] }).accounts
      : [];
  const accounts: StoredAccount[] = [];
  let skipped = 0;
  for (const entry of entries) {
    const parsed = storedAccountSchema.safeParse(entry);
    if (parsed.success) accounts.push(parsed.data);
    else skipped += 1;
  }
  return { accounts, skipped };
}
