import { detectSettings } from '../core/detect/detect-settings';
import { EXIT, readCaFile, usageFailure, type CliIo } from './cli-options';
import { renderDetection } from '../shared/report-text';
import { formatDetection } from './format-detection';
import { DETECT_USAGE, parseDetectArgs } from './parse-detect-args';

/** `mailbox-connect detect …`: which encryption option works, without a login. */
export async function runDetectCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseDetectArgs(argv);
    const caPem = parsed.caFile ? await readCaFile(parsed.caFile) : undefined;
    const report = await detectSettings({
      server: parsed.server,
      ports: parsed.ports,
      timeoutMs: parsed.timeoutMs,
      ...(caPem ? { caPem } : {}),
    });
    io.stdout(parsed.json ? `${JSON.stringify(renderDetection(report, 'en'))}\n` : `${formatDetection(report)}\n`);
    return report.proposal ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, DETECT_USAGE, io);
  }
}
