import { z } from 'zod';
import { accountFieldsSchema, accountIdSchema } from '../../shared/account';
import { literal } from '../../shared/i18n/message';
import { messageSchema } from '../../shared/i18n/message-schema';
import { REVIEW_FLAGS } from '../../shared/transfer';
import { SEALED_SECRET_FORMAT } from '../secrets';

/**
 * 2: the last test's summary is a message (a key and its parameters), no longer finished text.
 * 3: each account keeps its test history (`testHistory`). An older version reading a newer file
 * leaves it alone as "newer" instead of dropping accounts.
 */
export const CURRENT_SCHEMA_VERSION = 3;

/** How many test results an account keeps: the handover report and the diagnostics show them. */
export const TEST_HISTORY_LENGTH = 10;

/**
 * A sealed password (secrets.ts). Format 1 entries (no `format`) still parse, so the account keeps
 * its settings, but their password is never used: it must be entered again.
 */
const storedSecretSchema = z.object({
  cipherText: z.string().min(1),
  binding: z.string().min(1),
  format: z.literal(SEALED_SECRET_FORMAT).optional(),
});
/**
 * The last test's summary: a message since the language became a choice of the window; files
 * written before hold finished text, which is kept and shown as it was written.
 */
const summarySchema = z.union([messageSchema, z.string().transform((text) => literal(text))]);
const lastTestSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  code: z.string().optional(),
  summary: summarySchema,
});

/**
 * One test's outcome, kept for the evidence reports: when, ok or not, the failure's code and the
 * SHA-256 fingerprint of the certificate the server showed (absent without TLS or from format 2).
 */
const testHistoryEntrySchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  code: z.string().optional(),
  fingerprint: z.string().optional(),
});
export type TestHistoryEntry = z.output<typeof testHistoryEntrySchema>;

/** One account as it is written to disk: settings, bookkeeping and the sealed password. */
export const storedAccountSchema = accountFieldsSchema.extend({
  id: accountIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  secret: storedSecretSchema.optional(),
  lastTest: lastTestSchema.optional(),
  /**
   * Newest first, at most TEST_HISTORY_LENGTH. A longer list (edited by hand) is cut, not refused:
   * an account is never dropped over its history.
   */
  testHistory: z
    .array(testHistoryEntrySchema)
    .transform((entries) => entries.slice(0, TEST_HISTORY_LENGTH))
    .optional(),
  /** Imported with insecure settings: shown for review until the account is next saved. */
  reviewFlags: z.array(z.enum(REVIEW_FLAGS)).max(REVIEW_FLAGS.length).optional(),
  /**
   * The public facts of the certificate sealed as the secret (thumbprint, subject, end date), in clear
   * so the list shows them without a decryption; they decide nothing (the sealed PEM does).
   */
  clientCertificate: z
    .object({ thumbprintSha1: z.string().max(64), subject: z.string().max(1000), notAfter: z.string().max(40) })
    .optional(),
});
export type StoredAccount = z.output<typeof storedAccountSchema>;

export interface StoredDocument {
  schemaVersion: number;
  accounts: StoredAccount[];
}
