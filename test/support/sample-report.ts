import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { message } from '../../src/shared/i18n/message';

export const SAMPLE_FINGERPRINT =
  'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';

/** A finished report as the connection test writes one: TLS with a certificate, a redacted transcript. */
export function sampleReport(overrides: Partial<ConnectionTestReport> = {}): ConnectionTestReport {
  return {
    ok: true,
    stages: [
      { name: 'dns', status: 'ok', ms: 2 },
      { name: 'tcp', status: 'ok', ms: 3 },
      { name: 'tls', status: 'ok', ms: 9 },
      { name: 'greeting', status: 'ok', ms: 1 },
      { name: 'starttls', status: 'skipped', ms: 0 },
      { name: 'auth', status: 'ok', ms: 4 },
      { name: 'mailbox', status: 'ok', ms: 5 },
      { name: 'logout', status: 'ok', ms: 1 },
    ],
    server: { greeting: '* OK IMAP4rev1 ready', capabilities: ['IMAP4rev1', 'AUTH=PLAIN'] },
    tls: {
      protocol: 'TLSv1.3',
      cipher: 'TLS_AES_256_GCM_SHA384',
      authorized: true,
      certificate: {
        subject: 'CN=mail.contoso.local',
        issuer: 'CN=Contoso Root CA',
        validFrom: '2026-01-01T00:00:00.000Z',
        validTo: '2027-01-01T00:00:00.000Z',
        fingerprint256: SAMPLE_FINGERPRINT,
        subjectAltNames: ['DNS:mail.contoso.local'],
      },
    },
    transcript: ['S: * OK IMAP4rev1 ready', 'C: A1 LOGIN "scan" ****', 'S: A1 OK done'],
    durationMs: 25,
    ...overrides,
  };
}

/** A failed report: wrong password, no mailbox reached. */
export function failedReport(): ConnectionTestReport {
  return sampleReport({
    ok: false,
    error: {
      code: 'AUTH_FAILED',
      message: message('failure.authFailed.message'),
      hint: message('failure.authFailed.hint'),
    },
  });
}
