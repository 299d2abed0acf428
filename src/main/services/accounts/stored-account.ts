import { z } from 'zod';
import { accountFieldsSchema, accountIdSchema } from '../../../shared/account';
import { REVIEW_FLAGS } from '../../../shared/transfer';

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
  /** Imported with insecure settings: shown for review until the account is next saved. */
  reviewFlags: z.array(z.enum(REVIEW_FLAGS)).max(REVIEW_FLAGS.length).optional(),
});
export type StoredAccount = z.output<typeof storedAccountSchema>;

export interface StoredDocument {
  schemaVersion: number;
  accounts: StoredAccount[];
}
