import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { message, type Message } from '../../shared/i18n/message';
import type { AppCredential } from './app-token-input';
import { pfxToPem } from './pfx-to-pem';

/** What MSAL's `clientCertificate` needs, derived from the admin's certificate file. */
export interface ClientCertificate {
  /** Hex SHA-256 of the certificate (DER): the assertion's `x5t#S256`, how MSAL names the key. */
  thumbprintSha256: string;
  /** Hex SHA-1, upper case: the Thumbprint column of "Certificates & secrets", for the admin to compare. */
  thumbprintSha1: string;
  /** PKCS#8 PEM: the one key form MSAL's signer (jsonwebtoken) reads whatever the file held. */
  privateKey: string;
  /** The leaf certificate (PEM), sent as `x5c`: Entra ID needs it for subject name + issuer matching. */
  x5c: string;
}

export type ClientCertificateResult = { ok: true; certificate: ClientCertificate } | { ok: false; problem: Message };

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const KEY_BLOCK =
  /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

function unreadable(problem: Message): ClientCertificateResult {
  return { ok: false, problem: message('oauth.invalid.certificate', { problem }) };
}

/**
 * Reads a PEM (or a PFX, converted to PEM) with the certificate and its private key. The problems name what is missing, never
 * the file's content: Node's own error text is not passed on, so no part of the key can travel with it.
 */
export function readClientCertificate(credential: Exclude<AppCredential, { kind: 'secret' }>): ClientCertificateResult {
  // node:crypto cannot open PKCS#12: node-forge turns it into the PEM this reader takes.
  if (credential.kind === 'pfx') {
    const converted = pfxToPem(credential.pfx, credential.passphrase);
    if (!converted.ok) return { ok: false, problem: converted.problem };
    return readClientCertificate({ kind: 'certificate', pem: converted.pem });
  }
  const certificates = credential.pem.match(CERTIFICATE_BLOCK) ?? [];
  const keyBlock = KEY_BLOCK.exec(credential.pem)?.[0];
  if (!keyBlock) return unreadable(message('oauth.invalid.certificateNoKey'));
  if (certificates.length === 0) return unreadable(message('oauth.invalid.certificateNoCertificate'));
  let key: KeyObject;
  let leaf: X509Certificate;
  try {
    key = createPrivateKey(keyBlock);
  } catch {
    return unreadable(message('oauth.invalid.certificateUnreadable'));
  }
  try {
    // The leaf is the certificate of this key; a chain may come in any order.
    const parsed = certificates.map((pem) => new X509Certificate(pem));
    const match = parsed.find((certificate) => certificate.checkPrivateKey(key));
    if (!match) return unreadable(message('oauth.invalid.certificateMismatch'));
    leaf = match;
  } catch {
    return unreadable(message('oauth.invalid.certificateNoCertificate'));
  }
  return {
    ok: true,
    certificate: {
      thumbprintSha256: leaf.fingerprint256.replaceAll(':', '').toLowerCase(),
      thumbprintSha1: leaf.fingerprint.replaceAll(':', '').toUpperCase(),
      privateKey: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      x5c: leaf.toString(),
    },
  };
}
