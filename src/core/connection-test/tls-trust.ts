import tls, { type ConnectionOptions, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { CertificateInfo, TestFailure, TlsInfo } from '../../shared/connection-test';
import type { Encryption } from '../../shared/encryption';
import { normaliseFingerprint } from '../../shared/fingerprint';
import { failure } from './failure';
import { message, type Message } from '../../shared/i18n/message';

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
export function systemCertificates(): string[] {
  try {
    return tls.getCACertificates('system');
  } catch {
    return [];
  }
}

/** Node's roots plus NODE_EXTRA_CA_CERTS. */
export function defaultCertificates(): string[] {
  try {
    return tls.getCACertificates('default');
  } catch {
    return [...tls.rootCertificates];
  }
}

const MAX_CACHED_CONTEXTS = 16;

/** Builds a secure context; `tls.createSecureContext` unless a test stands in for another TLS library. */
export type SecureContextFactory = (options: tls.SecureContextOptions) => tls.SecureContext;

/**
 * What the runtime's TLS library lets the SSL option offer. Node's OpenSSL takes everything;
 * Electron's BoringSSL refuses OpenSSL-only cipher strings such as `@SECLEVEL`, and may refuse
 * TLS 1.0/1.1 altogether.
 */
export type LegacyTlsSupport = 'full' | 'defaultCiphers' | 'unavailable';

// Old Exchange servers still speak TLS 1.0 with SHA-1; SSL accepts them on purpose.
const LEGACY_ATTEMPTS: { support: LegacyTlsSupport; options: tls.SecureContextOptions }[] = [
  { support: 'full', options: { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' } },
  { support: 'defaultCiphers', options: { minVersion: 'TLSv1' } },
  { support: 'unavailable', options: { minVersion: 'TLSv1.2' } },
];

const legacySupportByFactory = new WeakMap<SecureContextFactory, (typeof LEGACY_ATTEMPTS)[number]>();

/**
 * Tries the legacy options once per factory (the answer cannot change within a process) without
 * the CA list, so the probe is cheap; the first the runtime accepts is what SSL uses from then on.
 */
function legacyAttempt(factory: SecureContextFactory): (typeof LEGACY_ATTEMPTS)[number] {
  const known = legacySupportByFactory.get(factory);
  if (known) return known;
  const fallback = LEGACY_ATTEMPTS[LEGACY_ATTEMPTS.length - 1] as (typeof LEGACY_ATTEMPTS)[number];
  const accepted =
    LEGACY_ATTEMPTS.find((attempt) => {
      try {
        factory(attempt.options);
        return true;
      } catch {
        return false;
      }
    }) ?? fallback;
  legacySupportByFactory.set(factory, accepted);
  return accepted;
}

/** How much of legacy TLS the SSL option gets in this runtime (probed on first use, then remembered). */
export function legacyTlsSupport(factory: SecureContextFactory = tls.createSecureContext): LegacyTlsSupport {
  return legacyAttempt(factory).support;
}

const secureContexts = new WeakMap<SecureContextFactory, Map<string, tls.SecureContext>>();

/**
 * Parsing ~900 CA certificates into a context costs about 40 ms of CPU, so each trust
 * configuration is built once and reused. Node reads the system store once per process anyway,
 * so the cache adds no staleness of its own.
 */
function secureContextFor(
  legacy: boolean,
  extraCaPem: string | undefined,
  factory: SecureContextFactory,
): tls.SecureContext {
  const cache = secureContexts.get(factory) ?? new Map<string, tls.SecureContext>();
  secureContexts.set(factory, cache);
  const key = `${legacy}\n${extraCaPem ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  // 'default' is what Node itself trusts: its bundled roots plus NODE_EXTRA_CA_CERTS.
  const ca = [...defaultCertificates(), ...systemCertificates(), ...(extraCaPem ? [extraCaPem] : [])];
  const context = factory({ ca, ...(legacy ? legacyAttempt(factory).options : { minVersion: 'TLSv1.2' }) });
  if (cache.size >= MAX_CACHED_CONTEXTS) cache.delete(cache.keys().next().value ?? key);
  cache.set(key, context);
  return context;
}

export interface TlsSetup {
  options: ConnectionOptions;
  /** For the tls stage: what this runtime could not offer of the chosen option. */
  note?: Message;
}

/**
 * TLS options for the socket. The chain is always checked by us after the handshake
 * (rejectUnauthorized stays off on the socket) so that every outcome gets its own code,
 * and credentials are only sent after that decision.
 */
export function tlsSetupFor(
  encryption: Encryption,
  policy: TrustPolicy,
  factory: SecureContextFactory = tls.createSecureContext,
): TlsSetup {
  const legacy = encryption === 'ssl';
  const options = { secureContext: secureContextFor(legacy, policy.extraCaPem, factory), rejectUnauthorized: false };
  const support = legacy ? legacyTlsSupport(factory) : 'full';
  if (support === 'full') return { options };
  return {
    options,
    note: message(support === 'unavailable' ? 'stage.tls.legacyUnavailable' : 'stage.tls.legacyCiphersUnavailable'),
  };
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
        message('failure.noCertificate.message'),
        message('failure.noCertificate.hint'),
      ),
    };
  }
  if (policy.pinnedSha256) {
    if (normaliseFingerprint(policy.pinnedSha256) === normaliseFingerprint(certificate.fingerprint256))
      return { trusted: true, tls: { ...info, trustedBy: 'fingerprint' } };
    return {
      trusted: false,
      tls: info,
      failure: failure(
        'TLS_CERT_CHANGED',
        message('failure.certChanged.message', {
          actual: certificate.fingerprint256,
          trusted: normaliseFingerprint(policy.pinnedSha256),
        }),
        message('failure.certChanged.hint'),
      ),
    };
  }
  if (!policy.validate) return { trusted: true, tls: { ...info, trustedBy: 'notValidated' } };
  if (!socket.authorized)
    return {
      trusted: false,
      tls: info,
      failure: chainFailure(authorizationError ?? '', certificate, policy.serverName),
    };
  const identityError = tls.checkServerIdentity(policy.serverName, peer);
  if (identityError) return { trusted: false, tls: info, failure: hostnameFailure(certificate, policy.serverName) };
  return { trusted: true, tls: { ...info, trustedBy: 'authority' } };
}

/** "2020-02-01 00:00 UTC": unambiguous in every locale an admin may read it in. */
function readableDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function chainFailure(code: string, certificate: CertificateInfo, serverName: string): TestFailure {
  if (code === 'CERT_HAS_EXPIRED') {
    return failure(
      'TLS_CERT_EXPIRED',
      message('failure.certExpired.message', { date: readableDate(certificate.validTo) }),
      message('failure.certExpired.hint'),
    );
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return failure(
      'TLS_CERT_EXPIRED',
      message('failure.certNotYetValid.message', { date: readableDate(certificate.validFrom) }),
      message('failure.certNotYetValid.hint'),
    );
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH')
    return hostnameFailure(certificate, serverName);
  if (UNTRUSTED_ISSUER.has(code)) {
    const selfSigned = certificate.subject === certificate.issuer;
    return selfSigned
      ? failure(
          'TLS_CERT_UNTRUSTED',
          message('failure.selfSigned.message', { subject: certificate.subject }),
          message('failure.selfSigned.hint'),
        )
      : failure(
          'TLS_CERT_UNTRUSTED',
          message('failure.unknownIssuer.message', { issuer: certificate.issuer }),
          message('failure.unknownIssuer.hint'),
        );
  }
  return failure(
    'TLS_CERT_UNTRUSTED',
    message('failure.certRejected.message', { code }),
    message('failure.certRejected.hint'),
  );
}

function hostnameFailure(certificate: CertificateInfo, serverName: string): TestFailure {
  const names = certificate.subjectAltNames.length > 0 ? certificate.subjectAltNames.join(', ') : certificate.subject;
  return failure(
    'TLS_HOSTNAME_MISMATCH',
    message('failure.hostname.message', { names, server: serverName }),
    message('failure.hostname.hint'),
  );
}
