import { readinessLines } from './readiness-text';
import type { ConnectionTestReport } from './connection-test';
import { certificateTrustKey, certificateTrustOf } from './certificate-trust';
import { renderMessage } from './i18n';
import { message } from './i18n/message';

export interface DiagnosticsSettings {
  server: string;
  port: string | number;
  encryption: string;
  validateSsl: boolean;
  userName: string;
  trustedFingerprint?: string;
  hasCaFile: boolean;
}

/**
 * "Copy diagnostics": what a support engineer needs, as plain text for a ticket. Built only from
 * the report (whose transcript is already redacted) and the settings, never from a password.
 */
export function diagnosticsText(report: ConnectionTestReport, settings: DiagnosticsSettings, testedAt: Date): string {
  const lines = [
    `Mailbox Connect connection test, ${testedAt.toISOString()}`,
    `Server: ${settings.server}:${settings.port}, encryption ${settings.encryption}, Validate SSL ${settings.validateSsl ? 'on' : 'off'}`,
    `User name: ${settings.userName}`,
    `Trust: ${settings.trustedFingerprint ? `pinned ${settings.trustedFingerprint}` : 'no pinned certificate'}, ${settings.hasCaFile ? 'CA file given' : 'no CA file'}`,
    `Result: ${report.ok ? 'OK' : `FAILED ${report.error?.code ?? ''}`} in ${report.durationMs} ms`,
  ];
  // English like the rest of the text: it goes into a support ticket, whatever the window's language.
  if (report.error)
    lines.push(
      `Message: ${renderMessage('en', report.error.message)}`,
      `Hint: ${renderMessage('en', report.error.hint)}`,
    );
  lines.push('', 'Stages:');
  for (const stage of report.stages) {
    lines.push(
      `  ${stage.name.padEnd(9)} ${stage.status.padEnd(7)} ${stage.status === 'skipped' ? '' : `${stage.ms} ms`}  ${stage.detail ? renderMessage('en', stage.detail) : ''}`.trimEnd(),
    );
  }
  if (report.server)
    lines.push('', `Greeting: ${report.server.greeting}`, `Capabilities: ${report.server.capabilities.join(' ')}`);
  if (report.tls) {
    lines.push(
      '',
      `TLS: ${report.tls.protocol}, ${report.tls.cipher}, ${renderMessage('en', message(certificateTrustKey(certificateTrustOf(report.tls, report.error?.code))))}${report.tls.authorizationError ? ` (chain: ${report.tls.authorizationError})` : ''}`,
    );
    const certificate = report.tls.certificate;
    if (certificate) {
      lines.push(
        `Certificate: ${certificate.subject}`,
        `  issuer ${certificate.issuer}`,
        `  valid ${certificate.validFrom} to ${certificate.validTo}`,
        `  SHA-256 ${certificate.fingerprint256}`,
        `  names ${certificate.subjectAltNames.join(', ') || '(none)'}`,
      );
    }
  }
  if (report.mailbox) {
    lines.push(
      '',
      `Folders: ${report.mailbox.folders.join(', ')}`,
      ...(report.mailbox.foldersOmitted ? [`  and ${report.mailbox.foldersOmitted} more, not listed`] : []),
      `INBOX: ${report.mailbox.inbox.messages} messages, ${report.mailbox.inbox.unseen} unseen`,
      ...readinessLines(report.mailbox),
    );
  }
  if (report.transcript && report.transcript.length > 0)
    lines.push('', 'Transcript (passwords removed):', ...report.transcript);
  return `${lines.join('\n')}\n`;
}
