import type { AccountSettingsInput } from './account';
import { defaultPortFor } from './encryption';

/*
 * The account's constants and a new account's settings, without the schema: the window needs them
 * at start (an empty form, the method dropdown), the schema (zod) only once a field is checked, so
 * it loads with the form (issue 15, Fast: the initial JavaScript). src/shared/account.ts re-exports
 * them, so the rest of the code has one place to import from.
 */

/**
 * How the app reaches a mailbox: IMAP with a password (on-premises Exchange), or, for Microsoft 365
 * with an app registration (app-only, issue 16), IMAP signed in with an OAuth 2.0 token (XOAUTH2)
 * or Microsoft Graph.
 */
export const CONNECTION_METHODS = ['imap', 'imap-oauth', 'graph'] as const;
export type ConnectionMethod = (typeof CONNECTION_METHODS)[number];

/** The methods that sign in with an Entra ID app registration's token instead of a password. */
export type AppRegistrationMethod = Exclude<ConnectionMethod, 'imap'>;
export function usesAppRegistration(method: ConnectionMethod): method is AppRegistrationMethod {
  return method !== 'imap';
}

/** The fields of an app registration: they bind a secret only for the methods that have one. */
export const APP_REGISTRATION_FIELDS = ['tenant', 'clientId', 'clientCredential', 'authorityHost'] as const;
export type AppRegistrationField = (typeof APP_REGISTRATION_FIELDS)[number];

/** How the app registration proves itself to Entra ID: a client secret, or a certificate's private key. */
export const CLIENT_CREDENTIALS = ['secret', 'certificate'] as const;
export type ClientCredential = (typeof CLIENT_CREDENTIALS)[number];

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
