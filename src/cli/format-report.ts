import { readinessLines } from '../shared/readiness-text';
import { certificateTrustKey, certificateTrustOf, isTrusted } from '../shared/certificate-trust';
import type { ConnectionTestReport, TlsInfo } from '../shared/connection-test';
import type { ErrorCode } from '../shared/error-codes';
import { message } from '../shared/i18n/message';
import { english } from './english';
import { formatToken } from './format-token';

/**
 * The certificate's trust in words, with Node's code in parentheses where it explains a refusal:
 * a pinned certificate is "trusted by fingerprint", although its chain is not trusted.
 */
function certificateTrustText(tls: TlsInfo, failureCode: ErrorCode | undefined): string {
  const trust = certificateTrustOf(tls, failureCode);
  const words = english(message(certificateTrustKey(trust)));
  return !isTrusted(trust) && tls.authorizationError ? `${words} (${tls.authorizationError})` : words;
}

const MARK = { ok: '✔', failed: '✘', skipped: '·' } as const;

/** The readable stage list printed without --json. */
export function formatReport(report: ConnectionTestReport, withTranscript: boolean): string {
  const lines = report.stages.map((stage) => {
    const time = stage.status === 'skipped' ? '' : `${stage.ms} ms`;
    return `${MARK[stage.status]} ${stage.name.padEnd(9)} ${time.padStart(9)}  ${stage.detail ? english(stage.detail) : ''}`.trimEnd();
  });
  if (report.token) lines.push('', ...formatToken(report.token));
  if (report.tls) {
    lines.push(
      '',
      `TLS: ${report.tls.protocol}, ${report.tls.cipher}, certificate ${certificateTrustText(report.tls, report.error?.code)}`,
    );
    if (report.tls.certificate)
      lines.push(`Certificate: ${report.tls.certificate.subject}; SHA-256 ${report.tls.certificate.fingerprint256}`);
  }
  if (report.mailbox)
    lines.push(
      `INBOX: ${report.mailbox.inbox.messages} messages, ${report.mailbox.inbox.unseen} unseen; ${report.mailbox.folders.length + (report.mailbox.foldersOmitted ?? 0)} folders`,
      ...readinessLines(report.mailbox),
    );
  lines.push(
    '',
    report.ok
      ? `OK in ${report.durationMs} ms`
      : `FAILED ${report.error?.code}: ${report.error ? english(report.error.message) : ''}\nHint: ${report.error ? english(report.error.hint) : ''}`,
  );
  if (withTranscript && report.transcript)
    lines.push('', 'Transcript (passwords and tokens redacted):', ...report.transcript);
  return lines.join('\n');
}
