import type { DetectionReport } from '../shared/detection';
import { english } from './english';

const LABEL = { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'plain' } as const;

/** The readable result of `detect` without --json. */
export function formatDetection(report: DetectionReport): string {
  const lines = report.probes.map((probe) => {
    const head = `${probe.ok ? '✔' : '✘'} ${`${LABEL[probe.option]} on ${probe.port}`.padEnd(20)} ${String(probe.ms).padStart(5)} ms`;
    if (!probe.ok) return `${head}  ${probe.error?.code ?? ''}: ${probe.error ? english(probe.error.message) : ''}`;
    const facts = [
      probe.tls ? `${probe.tls.protocol}, certificate ${probe.tls.authorized ? 'trusted' : 'NOT trusted'}` : undefined,
      probe.loginDisabled ? 'LOGINDISABLED' : undefined,
      probe.authMechanisms && probe.authMechanisms.length > 0 ? `AUTH ${probe.authMechanisms.join(' ')}` : undefined,
    ].filter((fact) => fact !== undefined);
    return `${head}  ${facts.join('; ')}`;
  });
  if (report.offline) lines.push('', 'No DNS server answered: this computer seems to be offline.');
  lines.push(
    '',
    report.proposal
      ? `Proposed: --encryption ${report.proposal.encryption} --port ${report.proposal.port} (${english(report.proposal.reason)})${report.proposal.certificateNote ? `\nNote: ${english(report.proposal.certificateNote)}` : ''}`
      : 'No option works.',
  );
  return lines.join('\n');
}
