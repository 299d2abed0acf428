import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../src/core/detect/detect-settings';
import type { TlsInfo } from '../../../src/shared/connection-test';
import type { ProbeResult } from '../../../src/shared/detection';

const TLS: TlsInfo = {
  protocol: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  authorized: true,
  certificate: {
    subject: 'CN=outlook.com',
    issuer: 'CN=DigiCert Cloud Services CA-1',
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    fingerprint256: 'AB',
    subjectAltNames: ['DNS:outlook.office365.com'],
  },
};

/** What the SSL/TLS probe of Exchange Online finds: TLS 1.2+, a trusted certificate, XOAUTH2 offered. */
const exchangeOnlineAnswered: ProbeResult = {
  option: 'ssl',
  port: 993,
  ok: true,
  ms: 80,
  authMechanisms: ['PLAIN', 'XOAUTH2'],
  tls: TLS,
};

describe('the detection report', () => {
  it('proposes no password login at Exchange Online, however well its port answers, and offers the app-only methods', () => {
    const report = reportOf(
      { server: 'outlook.office365.com' },
      { probes: [exchangeOnlineAnswered], offline: false, records: undefined, startedAt: 0 },
    );
    expect(report.proposal).toBeUndefined();
    expect(report.microsoft365?.offers.map((offer) => offer.method)).toEqual(['imap-oauth', 'graph']);
  });

  it('keeps the proposal of an on-premises server whose domain is in Microsoft 365 (a hybrid organisation)', () => {
    const report = reportOf(
      { server: 'mail.contoso.com', emailAddress: 'ap@contoso.com' },
      {
        probes: [{ ...exchangeOnlineAnswered, tls: { ...TLS, protocol: 'TLSv1.2' } }],
        offline: false,
        records: { mx: ['contoso-com.mail.protection.outlook.com'], autodiscover: [] },
        startedAt: 0,
      },
    );
    expect(report.proposal).toMatchObject({ encryption: 'tls', port: 993 });
    expect(report.microsoft365?.signals).toEqual([{ kind: 'mx', value: 'contoso-com.mail.protection.outlook.com' }]);
  });
});
