import type { TlsInfo } from './connection-test';
import type { ErrorCode } from './error-codes';
import { normaliseFingerprint } from './fingerprint';
import type { MessageKey } from './i18n/en';

/** Why a certificate was not trusted, in words an admin acts on (never Node's code). */
export type UntrustedReason =
  'selfSigned' | 'unknownIssuer' | 'expired' | 'notYetValid' | 'nameMismatch' | 'changed' | 'rejected';

export type CertificateTrust =
  | { kind: 'trusted'; by: 'authority' | 'fingerprint' }
  /** Not tested with it yet: the user just chose "Trust this certificate" for this report's certificate. */
  | { kind: 'pinnedUntested' }
  /** Validate SSL off: accepted without any check, which is not trust. */
  | { kind: 'notValidated' }
  | { kind: 'untrusted'; reason: UntrustedReason };

const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const UNKNOWN_ISSUER = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);
const NAME_MISMATCH = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);

function untrustedReason(tls: TlsInfo, failureCode: ErrorCode | undefined): UntrustedReason {
  const code = tls.authorizationError ?? '';
  if (failureCode === 'TLS_CERT_CHANGED') return 'changed';
  if (failureCode === 'TLS_HOSTNAME_MISMATCH' || NAME_MISMATCH.has(code)) return 'nameMismatch';
  if (code === 'CERT_HAS_EXPIRED') return 'expired';
  if (code === 'CERT_NOT_YET_VALID') return 'notYetValid';
  const certificate = tls.certificate;
  if (SELF_SIGNED.has(code) || (certificate !== undefined && certificate.subject === certificate.issuer))
    return 'selfSigned';
  if (UNKNOWN_ISSUER.has(code)) return 'unknownIssuer';
  return 'rejected';
}

/**
 * What the window and the CLI say about the server's certificate. The test's own decision
 * (`trustedBy`) comes first; a report without it was not trusted, unless the account now pins
 * exactly this certificate (the user chose "Trust this certificate" after the test).
 */
export function certificateTrustOf(tls: TlsInfo, failureCode: ErrorCode | undefined, pinnedNow = ''): CertificateTrust {
  if (tls.trustedBy === 'authority' || tls.trustedBy === 'fingerprint') return { kind: 'trusted', by: tls.trustedBy };
  if (tls.trustedBy === 'notValidated') return { kind: 'notValidated' };
  const certificate = tls.certificate;
  if (certificate && pinnedNow !== '' && normaliseFingerprint(pinnedNow) === certificate.fingerprint256)
    return { kind: 'pinnedUntested' };
  // A report of an earlier version (no trustedBy) with a chain this computer trusted.
  if (tls.authorized && failureCode !== 'TLS_HOSTNAME_MISMATCH' && failureCode !== 'TLS_CERT_CHANGED')
    return { kind: 'trusted', by: 'authority' };
  return { kind: 'untrusted', reason: untrustedReason(tls, failureCode) };
}

/** Trusted, by the chain or a pin: the only states that get a shield with a check mark. */
export function isTrusted(trust: CertificateTrust): boolean {
  return trust.kind === 'trusted' || trust.kind === 'pinnedUntested';
}

const UNTRUSTED_KEYS: Readonly<Record<UntrustedReason, MessageKey>> = {
  selfSigned: 'certificate.untrusted.selfSigned',
  unknownIssuer: 'certificate.untrusted.unknownIssuer',
  expired: 'certificate.untrusted.expired',
  notYetValid: 'certificate.untrusted.notYetValid',
  nameMismatch: 'certificate.untrusted.nameMismatch',
  changed: 'certificate.untrusted.changed',
  rejected: 'certificate.untrusted.rejected',
};

export function certificateTrustKey(trust: CertificateTrust): MessageKey {
  switch (trust.kind) {
    case 'trusted':
      return trust.by === 'fingerprint' ? 'certificate.trust.fingerprint' : 'certificate.trust.authority';
    case 'pinnedUntested':
      return 'certificate.trust.fingerprintUntested';
    case 'notValidated':
      return 'certificate.trust.notValidated';
    case 'untrusted':
      return UNTRUSTED_KEYS[trust.reason];
  }
}
