import tls, { type ConnectionOptions, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { CertificateInfo, TestFailure, TlsInfo } from '../../../shared/connection-test';
import type { Encryption } from '../../../shared/encryption';
import { normaliseFingerprint } from '../../../shared/fingerprint';
import { failure } from './failure';

export interface TrustPolicy {
  /** The name the certificate must carry: the server as the user typed it. */
  serverName: string;
  validate: boolean;
  /** SHA-256 fingerprint the user chose to trust, in Node's AB:CD:… form. */
  pinnedSha256?: string;
  /** Extra CA certificates in PEM (an internal CA file). */
  extraCaPem?: string;
}

/** The operating system's store (on Windows the internal CA lives there); guarded because it can throw. */
function systemCertificates(): string[] {
  try {
    return tls.getCACertificates('system');
  } catch {
    return [];
  }
}

function defaultCertificates(): string[] {
  try {
    return tls.getCACertificates('default');
  } catch {
    return [...tls.rootCertificates];
  }
}

const MAX_CACHED_CONTEXTS = 16;
const secureContexts = new Map<string, tls.SecureContext>();

/**
 * Parsing ~900 CA certificates into a context costs about 40 ms of CPU, so each trust
 * configuration is built once and reused. Node reads the system store once per process anyway,
 * so the cache adds no staleness of its own.
 */
function secureContextFor(legacy: boolean, extraCaPem: string | undefined): tls.SecureContext {
  const key = `${legacy}\n${extraCaPem ?? ''}`;
  const cached = secureContexts.get(key);
  if (cached) return cached;
  // 'default' is what Node itself trusts: its bundled roots plus NODE_EXTRA_CA_CERTS.
  const ca = [...defaultCertificates(), ...systemCertificates(), ...(extraCaPem ? [extraCaPem] : [])];
  const context = tls.createSecureContext({
    ca,
    minVersion: legacy ? 'TLSv1' : 'TLSv1.2',
    // Old Exchange servers still speak TLS 1.0 with SHA-1; SSL accepts them on purpose.
    ...(legacy ? { ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
  });
  if (secureContexts.size >= MAX_CACHED_CONTEXTS) secureContexts.delete(secureContexts.keys().next().value ?? key);
  secureContexts.set(key, context);
  return context;
}

/**
 * TLS options for the socket. The chain is always checked by us after the handshake
 * (rejectUnauthorized stays off on the socket) so that every outcome gets its own code,
 * and credentials are only sent after that decision.
 */
export function tlsOptionsFor(encryption: Encryption, policy: TrustPolicy): ConnectionOptions {
  return { secureContext: secureContextFor(encryption === 'ssl', policy.extraCaPem), rejectUnauthorized: false };
}

export function describeCertificate(cert: DetailedPeerCertificate): CertificateInfo {
  const name = (part: Record<string, string | string[] | undefined> | undefined): string =>
    part
      ? Object.entries(part)
          .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
          .join(', ')
      : '';
  return {
    subject: name(cert.subject as unknown as Record<string, string>),
    issuer: name(cert.issuer as unknown as Record<string, string>),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    fingerprint256: cert.fingerprint256,
    subjectAltNames: (cert.subjectaltname ?? '').split(', ').filter((entry) => entry.length > 0),
  };
}

export type TrustVerdict = { trusted: true; tls: TlsInfo } | { trusted: false; tls: TlsInfo; failure: TestFailure };

const UNTRUSTED_ISSUER = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

/** Decides whether the server's certificate may receive credentials. */
export function evaluateTrust(socket: TLSSocket, policy: TrustPolicy): TrustVerdict {
  const peer = socket.getPeerCertificate(true);
  const certificate = peer && peer.raw ? describeCertificate(peer) : undefined;
  const cipher = socket.getCipher();
  const authorizationError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
  const info: TlsInfo = {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: cipher?.standardName ?? cipher?.name ?? 'unknown',
    authorized: socket.authorized,
    ...(authorizationError ? { authorizationError } : {}),
    ...(certificate ? { certificate } : {}),
  };
  if (!certificate) {
    return {
      trusted: false,
      tls: info,
      failure: failure(
        'TLS_HANDSHAKE_FAILED',
        'The server sent no certificate.',
        'Check that the port belongs to an IMAP service with a certificate bound to it.',
      ),
    };
  }
  if (policy.pinnedSha256) {
    if (normaliseFingerprint(policy.pinnedSha256) === normaliseFingerprint(certificate.fingerprint256))
      return { trusted: true, tls: info };
    return {
      trusted: false,
      tls: info,
      failure: failure(
        'TLS_CERT_CHANGED',
        `The server's certificate changed: it is now ${certificate.fingerprint256}, the trusted one was ${normaliseFingerprint(policy.pinnedSha256)}.`,
        'If the Exchange certificate was renewed on purpose, review the new certificate and trust it again; otherwise someone may be intercepting the connection.',
      ),
    };
  }
  if (!policy.validate) return { trusted: true, tls: info };
  if (!socket.authorized)
    return {
      trusted: false,
      tls: info,
      failure: chainFailure(authorizationError ?? '', certificate, policy.serverName),
    };
  const identityError = tls.checkServerIdentity(policy.serverName, peer);
  if (identityError) return { trusted: false, tls: info, failure: hostnameFailure(certificate, policy.serverName) };
  return { trusted: true, tls: info };
}

/** "2020-02-01 00:00 UTC": unambiguous in every locale an admin may read it in. */
function readableDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function chainFailure(code: string, certificate: CertificateInfo, serverName: string): TestFailure {
  if (code === 'CERT_HAS_EXPIRED') {
    return failure(
      'TLS_CERT_EXPIRED',
      `The server's certificate expired on ${readableDate(certificate.validTo)}.`,
      'Renew the certificate on the Exchange server (Exchange admin center → Servers → Certificates) and assign it to IMAP.',
    );
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return failure(
      'TLS_CERT_EXPIRED',
      `The server's certificate is not valid before ${readableDate(certificate.validFrom)}.`,
      "Check this computer's clock and the certificate's start date.",
    );
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH')
    return hostnameFailure(certificate, serverName);
  if (UNTRUSTED_ISSUER.has(code)) {
    const selfSigned = certificate.subject === certificate.issuer;
    return failure(
      'TLS_CERT_UNTRUSTED',
      selfSigned
        ? `The server's certificate is self-signed (${certificate.subject}) and not trusted by this computer.`
        : `The server's certificate was issued by "${certificate.issuer}", which this computer does not trust.`,
      selfSigned
        ? 'Exchange uses a self-signed certificate by default: choose "Trust this certificate" after checking its fingerprint, rather than switching Validate SSL off.'
        : "Install the internal CA in Windows' trusted root store, or give the account the CA file.",
    );
  }
  return failure(
    'TLS_CERT_UNTRUSTED',
    `The server's certificate was rejected (${code}).`,
    'Check the certificate chain that the server sends, or trust the certificate by its fingerprint.',
  );
}

function hostnameFailure(certificate: CertificateInfo, serverName: string): TestFailure {
  const names = certificate.subjectAltNames.length > 0 ? certificate.subjectAltNames.join(', ') : certificate.subject;
  return failure(
    'TLS_HOSTNAME_MISMATCH',
    `The certificate is for ${names}, not for ${serverName}.`,
    'Enter the server name that the certificate carries (often the FQDN, e.g. mail.example.local), or add this name to the certificate.',
  );
}
