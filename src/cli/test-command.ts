import { runConnectionTest } from '../core/connection-test/run-connection-test';
import { EXIT, readCaFile, secretFromEnv, usageFailure, type CliIo } from './cli-options';
import { renderReport } from '../shared/report-text';
import { formatReport } from './format-report';
import { parseTestArgs, TEST_USAGE, type TestCommand } from './parse-test-args';

async function passwordOf(command: TestCommand, io: CliIo): Promise<string | undefined> {
  if (command.password.from === 'none') return undefined;
  if (command.password.from === 'stdin') return (await io.readStdin()).replace(/\r?\n$/, '');
  return secretFromEnv(io.env, command.password.variable, '--password-env');
}

/** `mailbox-connect test …`: the same connection test as the app, for scripts and support. */
export async function runTestCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseTestArgs(argv);
    const password = await passwordOf(parsed, io);
    const caPem = parsed.caFile ? await readCaFile(parsed.caFile) : undefined;
    const report = await runConnectionTest({
      settings: {
        server: parsed.server,
        port: parsed.port,
        encryption: parsed.encryption,
        validateSsl: parsed.validateSsl,
      },
      ...(parsed.user !== undefined ? { userName: parsed.user } : {}),
      ...(password !== undefined ? { password } : {}),
      plaintextPasswordAllowed: parsed.allowPlaintextPassword,
      ...(parsed.pinSha256 ? { pinnedSha256: parsed.pinSha256 } : {}),
      ...(caPem ? { caPem } : {}),
      timeoutMs: parsed.timeoutMs,
      processingFolders: parsed.processingFolders,
      ...(parsed.createFolders ? { createMissingFolders: true } : {}),
    });
    const { transcript, ...withoutTranscript } = report;
    const shown = parsed.transcript ? report : withoutTranscript;
    io.stdout(
      parsed.json
        ? `${JSON.stringify(renderReport(shown, 'en'))}\n`
        : `${formatReport(report, parsed.transcript && transcript !== undefined)}\n`,
    );
    return report.ok ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, TEST_USAGE, io);
  }
}
