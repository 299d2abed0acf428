import type { DetectionReport, Microsoft365Detection } from '../shared/detection';
import { message } from '../shared/i18n/message';
import { english } from './english';

const LABEL = { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'plain' } as const;

/** The Microsoft 365 finding with its words, as --json prints it: the offers' reasons as text, each signal explained. */
export function microsoft365Text(detection: Microsoft365Detection) {
  return {
    cloud: detection.cloud,
    signals: detection.signals.map((signal) => ({
      ...signal,
      text: english(message(`detect.m365.signal.${signal.kind}`, { value: signal.value })),
    })),
    offers: detection.offers.map((offer) => ({ ...offer, reason: english(offer.reason) })),
  };
}

/** The Microsoft 365 lines: why, that passwords are off there, and the `test` options of each method. */
function microsoft365Lines(detection: Microsoft365Detection, hybrid: boolean): string[] {
  const cloud = english(message(`detect.m365.cloud.${detection.cloud}`));
  return [
    '',
    `${english(message('detect.m365.title', { cloud }))}.`,
    ...detection.signals.map(
      (signal) => `  - ${english(message(`detect.m365.signal.${signal.kind}`, { value: signal.value }))}`,
    ),
    english(message('detect.m365.passwordOff')),
    ...(hybrid ? [english(message('detect.m365.hybrid'))] : []),
    ...detection.offers.map(
      (offer) =>
        `Proposed: --method ${offer.method} --server ${offer.server} --port ${offer.port} --encryption ${offer.encryption} --authority-host ${offer.authorityHost}\n  (${english(offer.reason)})`,
    ),
  ];
}

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
  if (report.proposal || !report.microsoft365)
    lines.push(
      '',
      report.proposal
        ? `Proposed: --encryption ${report.proposal.encryption} --port ${report.proposal.port} (${english(report.proposal.reason)})${report.proposal.certificateNote ? `\nNote: ${english(report.proposal.certificateNote)}` : ''}`
        : 'No option works.',
    );
  if (report.microsoft365) lines.push(...microsoft365Lines(report.microsoft365, report.proposal !== undefined));
  return lines.join('\n');
}
