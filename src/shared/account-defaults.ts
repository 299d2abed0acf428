import type { AccountSettingsInput } from './account';
import { defaultPortFor } from './encryption';

/*
 * The account's constants and a new account's settings, without the schema: the window needs them
 * at start (an empty form, the method dropdown), the schema (zod) only once a field is checked, so
 * it loads with the form (issue 15, Fast: the initial JavaScript). src/shared/account.ts re-exports
 * them, so the rest of the code has one place to import from.
 */

/** How the app reaches a mailbox: IMAP with a password (the on-premises Exchange way) for now. */
export const CONNECTION_METHODS = ['imap'] as const;
export type ConnectionMethod = (typeof CONNECTION_METHODS)[number];

export const PASSWORD_MAX_LENGTH = 4096;
export const CONNECTION_NAME_MAX_LENGTH = 100;
export const CA_PEM_MAX_LENGTH = 64 * 1024;

export const DEFAULT_PROCESSING_FOLDERS = {
  successFolder: 'SuccessProcessing',
  failedFolder: 'FailedProcessing',
} as const;

export function newAccountDefaults(): AccountSettingsInput {
  return {
    method: 'imap',
    server: '',
    port: defaultPortFor('ssl'),
    encryption: 'ssl',
    validateSsl: true,
    connectionName: '',
    emailAddress: '',
    userName: '',
    ...DEFAULT_PROCESSING_FOLDERS,
    insecureAcknowledged: false,
  };
}
