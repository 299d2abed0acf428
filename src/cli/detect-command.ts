import { detectSettings } from '../core/detect/detect-settings';
import { EXIT, readCaFile, usageFailure, type CliIo } from './cli-options';
import { renderDetection } from '../shared/report-text';
import { formatDetection, microsoft365Text } from './format-detection';
import { DETECT_USAGE, parseDetectArgs } from './parse-detect-args';

/** `mailbox-connect detect …`: which encryption option works, without a login; or that it is Microsoft 365. */
export async function runDetectCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseDetectArgs(argv);
    const caPem = parsed.caFile ? await readCaFile(parsed.caFile) : undefined;
    const report = await detectSettings({
      server: parsed.server,
      ports: parsed.ports,
      timeoutMs: parsed.timeoutMs,
      ...(caPem ? { caPem } : {}),
      ...(parsed.emailAddress ? { emailAddress: parsed.emailAddress } : {}),
      ...(parsed.dnsServer ? { dnsServers: [parsed.dnsServer] } : {}),
    });
    if (parsed.json) {
      // In its place among the keys (renderDetection keeps the report's order), in words.
      const rendered = renderDetection(report, 'en');
      const json = report.microsoft365
        ? { ...rendered, microsoft365: microsoft365Text(report.microsoft365) }
        : rendered;
      io.stdout(`${JSON.stringify(json)}\n`);
    } else {
      io.stdout(`${formatDetection(report)}\n`);
    }
    return report.proposal || report.microsoft365 ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, DETECT_USAGE, io);
  }
}
