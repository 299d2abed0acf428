import { z } from 'zod';
import { CA_PEM_MAX_LENGTH, CLIENT_CREDENTIALS, CONNECTION_METHODS } from './account';
import { ENCRYPTIONS } from './encryption';

/**
 * Far above every field's own limit: a value too long for its field still reaches the core, which
 * answers with the message for that field instead of the transport refusing the whole request.
 */
const FIELD_TEXT_MAX = 10_000;
const text = z.string().max(FIELD_TEXT_MAX);

/**
 * An account's settings as the form (and the CLI) hand them in: every field of its kind, each
 * optional, because a connection test needs only some. The values are checked field by field by the
 * core (accountSettingsSchema), so every message reaches its field; this schema is the contract's type.
 */
export const accountSettingsRequestSchema = z.strictObject({
  method: z.enum(CONNECTION_METHODS).optional(),
  tenant: text.optional(),
  clientId: text.optional(),
  clientCredential: z.enum(CLIENT_CREDENTIALS).optional(),
  authorityHost: text.optional(),
  server: text.optional(),
  /** As typed (the form keeps text, so "99x" gets its own message) or as a number. */
  port: z.union([z.number(), text]).optional(),
  encryption: z.enum(ENCRYPTIONS).optional(),
  validateSsl: z.boolean().optional(),
  connectionName: text.optional(),
  emailAddress: text.optional(),
  userName: text.optional(),
  sharedMailboxAlias: text.optional(),
  successFolder: text.optional(),
  failedFolder: text.optional(),
  insecureAcknowledged: z.boolean().optional(),
  trustedFingerprint: text.optional(),
  caCertificatePem: z
    .string()
    .max(2 * CA_PEM_MAX_LENGTH)
    .optional(),
});
