import { X509Certificate } from 'node:crypto';
import {
  CA_PEM_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  usesAppRegistration,
  type AccountView,
  type ClientCredential,
  type ConnectionMethod,
} from '../../shared/account';
import { message, type Message } from '../../shared/i18n/message';
import type { AppCredential } from '../oauth/app-token-input';
import { readClientCertificate } from '../oauth/client-certificate';
import type { UnusableReason } from '../secrets';

/** The stored certificate's public facts, as the window shows them (AccountView.clientCertificate). */
export type ClientCertificateFacts = NonNullable<AccountView['clientCertificate']>;

/** What decides what the account's secret is: a password, a client secret, or a certificate with its key. */
export interface SecretKind {
  method: ConnectionMethod;
  clientCredential?: ClientCredential | undefined;
}

export type SecretCheck = { ok: true; clientCertificate?: ClientCertificateFacts } | { ok: false; problem: Message };

// CR, LF and NUL, as the password rule refuses them: a client secret is one line of printable text.
const hasControl = (text: string): boolean => [...text].some((char) => char < ' ' || char === '\u007f');

function usesCertificate(kind: SecretKind): boolean {
  return usesAppRegistration(kind.method) && kind.clientCredential === 'certificate';
}

/**
 * The account's secret as the token request needs it. The sealed slot holds the text as entered:
 * the client secret, or the PEM with the private key and the certificate.
 */
export function appCredentialOf(kind: SecretKind, secret: string): AppCredential {
  return usesCertificate(kind) ? { kind: 'certificate', pem: secret } : { kind: 'secret', secret };
}

function certificateFacts(pem: string): SecretCheck {
  // The sealed secret is always PEM text: a PFX is converted where it is read (the CLI, main's file chooser).
  const read = readClientCertificate({ kind: 'certificate', pem });
  if (!read.ok) return { ok: false, problem: read.problem };
  const leaf = new X509Certificate(read.certificate.x5c);
  return {
    ok: true,
    clientCertificate: {
      thumbprintSha1: read.certificate.thumbprintSha1,
      // Node writes a multi-valued subject one attribute per line; one line reads better in the list.
      subject: leaf.subject.split('\n').join(', '),
      notAfter: new Date(leaf.validTo).toISOString(),
    },
  };
}

/**
 * Whether `secret` can be what this account signs in with, before anything is sealed or sent: a
 * password or client secret is one line of at most PASSWORD_MAX_LENGTH characters; a certificate is a
 * PEM of at most 64 KiB with a private key and the certificate that belongs to it (its public facts
 * come back for the account list). The problems never quote the secret.
 */
export function checkAccountSecret(kind: SecretKind, secret: string): SecretCheck {
  if (usesCertificate(kind)) {
    if (secret.length > CA_PEM_MAX_LENGTH)
      return { ok: false, problem: message('secret.certificate.tooLarge', { max: CA_PEM_MAX_LENGTH / 1024 }) };
    return certificateFacts(secret);
  }
  const isClientSecret = usesAppRegistration(kind.method);
  if (secret.length > PASSWORD_MAX_LENGTH)
    return {
      ok: false,
      problem: isClientSecret
        ? message('secret.clientSecret.tooLong', { max: PASSWORD_MAX_LENGTH })
        : message('validation.password.tooLong', { max: PASSWORD_MAX_LENGTH }),
    };
  // A password keeps its old rule (CR, LF, NUL only): a tab in an existing password stays allowed.
  if (isClientSecret ? hasControl(secret) : /[\r\n\0]/.test(secret))
    return {
      ok: false,
      problem: isClientSecret
        ? message('secret.clientSecret.control')
        : message('validation.control', { field: message('validation.field.password') }),
    };
  return { ok: true };
}

/**
 * Why the stored secret cannot be used, in the words of what it is: "enter the password", "enter the
 * client secret", "choose the certificate file".
 */
export function unusableSecretMessage(
  reason: UnusableReason | 'no-password',
  kind: SecretKind,
  passwordMessages: Readonly<Record<UnusableReason | 'no-password', Message>>,
): Message {
  if (!usesAppRegistration(kind.method) || reason === 'locked' || reason === 'outdated-format')
    return passwordMessages[reason];
  const what = usesCertificate(kind) ? 'certificate' : 'clientSecret';
  if (reason === 'no-password') return message(`secret.${what}.missing`);
  return message(reason === 'binding-changed' ? `secret.${what}.bindingChanged` : `secret.${what}.undecryptable`);
}
