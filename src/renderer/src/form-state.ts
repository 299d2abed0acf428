import type { AccountView } from '../../shared/account';
import { DEFAULT_PROCESSING_FOLDERS, newAccountDefaults, type ConnectionMethod } from '../../shared/account-defaults';
import { portAfterEncryptionChange, type Encryption } from '../../shared/encryption';

/** The form keeps the port as typed text, so "99a" can be shown with its own message. */
export interface AccountFormState {
  id?: string;
  server: string;
  port: string;
  method: ConnectionMethod;
  encryption: Encryption;
  validateSsl: boolean;
  connectionName: string;
  emailAddress: string;
  userName: string;
  /** Exchange shared mailbox alias, or empty. */
  sharedMailboxAlias: string;
  /** Where document processing moves processed and failed mail. */
  successFolder: string;
  failedFolder: string;
  insecureAcknowledged: boolean;
  /** "Trust this certificate": a SHA-256 fingerprint, or empty. */
  trustedFingerprint: string;
  /** An internal CA's PEM, or empty. */
  caCertificatePem: string;
  /** Empty on an existing account means: keep the stored password. */
  password: string;
}

export function emptyForm(): AccountFormState {
  const defaults = newAccountDefaults();
  return {
    server: defaults.server,
    port: String(defaults.port),
    method: defaults.method ?? 'imap',
    encryption: defaults.encryption,
    validateSsl: defaults.validateSsl,
    connectionName: defaults.connectionName,
    emailAddress: defaults.emailAddress,
    userName: defaults.userName,
    sharedMailboxAlias: '',
    successFolder: DEFAULT_PROCESSING_FOLDERS.successFolder,
    failedFolder: DEFAULT_PROCESSING_FOLDERS.failedFolder,
    insecureAcknowledged: false,
    trustedFingerprint: '',
    caCertificatePem: '',
    password: '',
  };
}

export function formFromAccount(account: AccountView): AccountFormState {
  return {
    id: account.id,
    server: account.server,
    port: String(account.port),
    method: account.method,
    encryption: account.encryption,
    validateSsl: account.validateSsl,
    connectionName: account.connectionName,
    emailAddress: account.emailAddress,
    userName: account.userName,
    sharedMailboxAlias: account.sharedMailboxAlias ?? '',
    successFolder: account.successFolder,
    failedFolder: account.failedFolder,
    insecureAcknowledged: account.insecureAcknowledged,
    trustedFingerprint: account.trustedFingerprint ?? '',
    caCertificatePem: account.caCertificatePem ?? '',
    password: '',
  };
}

export function settingsOf(form: AccountFormState): Record<string, unknown> {
  const { id: _id, password: _password, ...settings } = form;
  return settings;
}

/** Changing the option moves the port along while it is still the previous option's default. */
export function withEncryption(form: AccountFormState, encryption: Encryption): AccountFormState {
  const port = /^\d+$/.test(form.port) ? Number(form.port) : undefined;
  const nextPort = portAfterEncryptionChange(form.encryption, encryption, port);
  return { ...form, encryption, port: nextPort === undefined ? form.port : String(nextPort) };
}
