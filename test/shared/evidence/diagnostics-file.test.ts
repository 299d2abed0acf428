import { describe, expect, it } from 'vitest';
import { diagnosticsText } from '../../../src/shared/diagnostics';
import { diagnosticsFile, type DiagnosticsEvidence } from '../../../src/shared/evidence/diagnostics-file';
import { failedReport, sampleReport, SAMPLE_FINGERPRINT } from '../../support/sample-report';

const settings = {
  server: 'mail.contoso.local',
  port: 993,
  encryption: 'ssl',
  validateSsl: true,
  userName: 'CONTOSO\\scan',
  hasCaFile: false,
};
const testedAt = new Date('2026-11-26T06:07:08.000Z');

describe('the diagnostics file', () => {
  it('as text is what Copy diagnostics copies, then the account’s recent tests', () => {
    const report = failedReport();
    const evidence: DiagnosticsEvidence = {
      report,
      settings,
      testedAt,
      account: {
        connectionName: 'Invoices',
        history: [
          { at: '2026-11-26T06:07:08.000Z', ok: false, code: 'AUTH_FAILED', fingerprint: SAMPLE_FINGERPRINT },
          { at: '2026-11-25T06:00:00.000Z', ok: true },
        ],
      },
    };
    const text = diagnosticsFile(evidence, 'txt');
    expect(text.startsWith(diagnosticsText(report, settings, testedAt))).toBe(true);
    expect(text).toContain('Result: FAILED AUTH_FAILED');
    expect(text).toContain('  SHA-256 ' + SAMPLE_FINGERPRINT);
    expect(text).toContain('Transcript (passwords removed):\nS: * OK IMAP4rev1 ready');
    expect(
      text.endsWith(
        [
          'Recent tests of Invoices (newest first):',
          `  2026-11-26T06:07:08.000Z  FAILED AUTH_FAILED  certificate ${SAMPLE_FINGERPRINT}`,
          '  2026-11-25T06:00:00.000Z  OK',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('as text for settings not saved yet is exactly the copied text', () => {
    const report = sampleReport();
    expect(diagnosticsFile({ report, settings, testedAt }, 'txt')).toBe(diagnosticsText(report, settings, testedAt));
  });

  it('as JSON holds stages, certificate and transcript, its messages in English words', () => {
    const json = JSON.parse(diagnosticsFile({ report: failedReport(), settings, testedAt }, 'json')) as {
      format: string;
      testedAt: string;
      report: {
        error: { message: string };
        stages: { name: string }[];
        tls: { certificate: { fingerprint256: string } };
        transcript: string[];
      };
    };
    expect(json.format).toBe('mailbox-connect-diagnostics');
    expect(json.testedAt).toBe('2026-11-26T06:07:08.000Z');
    expect(json.report.error.message).toBe('The server rejected the user name or password.');
    expect(json.report.stages.map((stage) => stage.name)).toEqual([
      'dns',
      'tcp',
      'tls',
      'greeting',
      'starttls',
      'auth',
      'mailbox',
      'logout',
    ]);
    expect(json.report.tls.certificate.fingerprint256).toBe(SAMPLE_FINGERPRINT);
    expect(json.report.transcript).toContain('C: A1 LOGIN "scan" ****');
  });
});
