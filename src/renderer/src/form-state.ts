import type { AccountView } from '../../shared/account';
import {
  DEFAULT_PROCESSING_FOLDERS,
  newAccountDefaults,
  usesAppRegistration,
  type ClientCredential,
  type ConnectionMethod,
} from '../../shared/account-defaults';
import { portAfterEncryptionChange, type Encryption } from '../../shared/encryption';
import type { ChosenClientCertificate } from '../../shared/ipc';

/** What a connection method keeps of its own while another one is chosen (form-method.ts). */
export interface MethodConnection {
  server: string;
  port: string;
  encryption: Encryption;
  userName: string;
  sharedMailboxAlias: string;
}

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
  /** Empty on an existing account means: keep the stored password (or client secret). */
  password: string;
  /** The Microsoft 365 methods' app registration (issue 16); empty for IMAP with a password. */
  tenant: string;
  clientId: string;
  clientCredential: ClientCredential;
  authorityHost: string;
  /** The certificate chosen in this session: main holds its PEM, the form its token and public facts. */
  clientCertificate?: ChosenClientCertificate;
  /** What the other methods had when the user switched away from them. */
  otherMethods?: Partial<Record<ConnectionMethod, MethodConnection>>;
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
    tenant: '',
    clientId: '',
    clientCredential: 'secret',
    authorityHost: '',
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
    tenant: account.tenant ?? '',
    clientId: account.clientId ?? '',
    clientCredential: account.clientCredential ?? 'secret',
    authorityHost: account.authorityHost ?? '',
  };
}

/**
 * The settings as save and test send them: each method's own fields, so an IMAP account carries no
 * app registration and a Microsoft 365 account no shared-mailbox alias. Never a secret.
 */
export function settingsOf(form: AccountFormState): Record<string, unknown> {
  const {
    id: _id,
    password: _password,
    clientCertificate: _chosen,
    otherMethods: _other,
    tenant,
    clientId,
    clientCredential,
    authorityHost,
    sharedMailboxAlias,
    ...settings
  } = form;
  return usesAppRegistration(form.method)
    ? { ...settings, tenant, clientId, clientCredential, authorityHost }
    : { ...settings, sharedMailboxAlias };
}

/** The secret save and test send: a typed password or client secret, or the token of a chosen certificate. */
export function secretOf(form: AccountFormState): { password?: string; clientCertificateFile?: string } {
  if (usesAppRegistration(form.method) && form.clientCredential === 'certificate')
    return form.clientCertificate ? { clientCertificateFile: form.clientCertificate.file } : {};
  return form.password ? { password: form.password } : {};
}

/** Changing the option moves the port along while it is still the previous option's default. */
export function withEncryption(form: AccountFormState, encryption: Encryption): AccountFormState {
  const port = /^\d+$/.test(form.port) ? Number(form.port) : undefined;
  const nextPort = portAfterEncryptionChange(form.encryption, encryption, port);
  return { ...form, encryption, port: nextPort === undefined ? form.port : String(nextPort) };
}

/** What the account's sealed secret is: a password, a client secret or a certificate's PEM. */
export type SecretKind = 'password' | ClientCredential;

export function secretKindOf(settings: {
  method: ConnectionMethod;
  clientCredential?: ClientCredential | undefined;
}): SecretKind {
  return usesAppRegistration(settings.method) ? (settings.clientCredential ?? 'secret') : 'password';
}
