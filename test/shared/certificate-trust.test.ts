import { describe, expect, it } from 'vitest';
import {
  certificateTrustKey,
  certificateTrustOf,
  isTrusted,
  type CertificateTrust,
} from '../../src/shared/certificate-trust';
import type { TlsInfo } from '../../src/shared/connection-test';
import { LOCALES, translate } from '../../src/shared/i18n';

const FINGERPRINT = Array.from({ length: 32 }, (_, index) => (index + 16).toString(16).toUpperCase()).join(':');

function tls(
  overrides: Partial<TlsInfo> = {},
  certificate: Partial<NonNullable<TlsInfo['certificate']>> = {},
): TlsInfo {
  return {
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    authorized: false,
    certificate: {
      subject: 'CN=exchange.contoso.local',
      issuer: 'CN=Contoso Issuing CA',
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: '2027-01-01T00:00:00.000Z',
      fingerprint256: FINGERPRINT,
      subjectAltNames: ['DNS:exchange.contoso.local'],
      ...certificate,
    },
    ...overrides,
  };
}

const SELF_SIGNED = { subject: 'CN=exchange', issuer: 'CN=exchange' };

describe('certificateTrustOf: what the test decided comes first', () => {
  it('a pinned certificate that passed is trusted by fingerprint, whatever its chain says', () => {
    const pinned = tls({ authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', trustedBy: 'fingerprint' }, SELF_SIGNED);
    expect(certificateTrustOf(pinned, undefined)).toEqual({ kind: 'trusted', by: 'fingerprint' });
  });

  it('a chain the computer trusts is trusted by the authority', () => {
    expect(certificateTrustOf(tls({ authorized: true, trustedBy: 'authority' }), undefined)).toEqual({
      kind: 'trusted',
      by: 'authority',
    });
  });

  it('Validate SSL off is "not checked", not trusted, even when the chain happens to be fine', () => {
    const unchecked = certificateTrustOf(tls({ authorized: true, trustedBy: 'notValidated' }), undefined);
    expect(unchecked).toEqual({ kind: 'notValidated' });
    expect(isTrusted(unchecked)).toBe(false);
  });
});

describe('certificateTrustOf: a refused certificate says why in words', () => {
  const cases: [string, TlsInfo, Parameters<typeof certificateTrustOf>[1], CertificateTrust][] = [
    [
      'self-signed',
      tls({ authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, SELF_SIGNED),
      'TLS_CERT_UNTRUSTED',
      { kind: 'untrusted', reason: 'selfSigned' },
    ],
    [
      'an internal CA this computer lacks',
      tls({ authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
      'TLS_CERT_UNTRUSTED',
      { kind: 'untrusted', reason: 'unknownIssuer' },
    ],
    [
      'expired',
      tls({ authorizationError: 'CERT_HAS_EXPIRED' }),
      'TLS_CERT_EXPIRED',
      { kind: 'untrusted', reason: 'expired' },
    ],
    [
      'not valid yet',
      tls({ authorizationError: 'CERT_NOT_YET_VALID' }),
      'TLS_CERT_EXPIRED',
      { kind: 'untrusted', reason: 'notYetValid' },
    ],
    [
      'a trusted chain for another name',
      tls({ authorized: true }),
      'TLS_HOSTNAME_MISMATCH',
      { kind: 'untrusted', reason: 'nameMismatch' },
    ],
    [
      'not the pinned certificate',
      tls({ authorized: true }),
      'TLS_CERT_CHANGED',
      { kind: 'untrusted', reason: 'changed' },
    ],
    [
      'any other chain error',
      tls({ authorizationError: 'CERT_REVOKED' }),
      'TLS_CERT_UNTRUSTED',
      { kind: 'untrusted', reason: 'rejected' },
    ],
  ];
  for (const [name, info, code, expected] of cases)
    it(name, () => {
      const trust = certificateTrustOf(info, code);
      expect(trust).toEqual(expected);
      expect(isTrusted(trust)).toBe(false);
      for (const locale of LOCALES) {
        const text = translate(locale, certificateTrustKey(trust));
        // Words, never Node's or our code.
        expect(text).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
      }
    });
});

describe('certificateTrustOf: after "Trust this certificate"', () => {
  it('the refused certificate, now pinned in the form, reads "trusted by fingerprint" until tested again', () => {
    const refused = tls({ authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, SELF_SIGNED);
    const pinnedNow = FINGERPRINT.replaceAll(':', '').toLowerCase();
    const trust = certificateTrustOf(refused, 'TLS_CERT_UNTRUSTED', pinnedNow);
    expect(trust).toEqual({ kind: 'pinnedUntested' });
    expect(isTrusted(trust)).toBe(true);
    expect(translate('en', certificateTrustKey(trust))).toMatch(/^trusted by fingerprint/);
  });

  it('a pin of another certificate changes nothing', () => {
    const refused = tls({ authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, SELF_SIGNED);
    expect(certificateTrustOf(refused, 'TLS_CERT_UNTRUSTED', 'AB'.repeat(32))).toEqual({
      kind: 'untrusted',
      reason: 'selfSigned',
    });
  });
});

describe('every state has words in both languages', () => {
  const states: CertificateTrust[] = [
    { kind: 'trusted', by: 'authority' },
    { kind: 'trusted', by: 'fingerprint' },
    { kind: 'pinnedUntested' },
    { kind: 'notValidated' },
    ...(['selfSigned', 'unknownIssuer', 'expired', 'notYetValid', 'nameMismatch', 'changed', 'rejected'] as const).map(
      (reason): CertificateTrust => ({ kind: 'untrusted', reason }),
    ),
  ];
  for (const locale of LOCALES)
    it(locale, () => {
      const texts = states.map((state) => translate(locale, certificateTrustKey(state)));
      expect(new Set(texts).size).toBe(states.length);
      expect(translate('en', 'certificate.trust.fingerprint')).toBe('trusted by fingerprint');
    });
});
