import { runConnectionTest } from '../main/services/connection-test/run-connection-test';
import { detectSettings } from '../main/services/detect/detect-settings';
import { formatDetection } from './format-detection';
import { formatReport } from './format-report';
import { DETECT_USAGE, parseDetectArgs } from './parse-detect-args';
import { EXIT, readOptionFile, secretFromEnv, UsageError, usageFailure, type CliIo } from './cli-options';
import { parseTestArgs, TEST_USAGE, type TestCommand } from './parse-test-args';
import { EXPORT_USAGE, IMPORT_USAGE } from './parse-transfer-args';
import { runTestAllCommand, TEST_ALL_USAGE } from './test-all-command';
import { runExport, runImport } from './transfer-commands';

async function passwordOf(command: TestCommand, io: CliIo): Promise<string | undefined> {
  if (command.password.from === 'none') return undefined;
  if (command.password.from === 'stdin') return (await io.readStdin()).replace(/\r?\n$/, '');
  return secretFromEnv(io.env, command.password.variable, '--password-env');
}

async function readCaFile(path: string): Promise<string> {
  const pem = await readOptionFile(path, '--ca-file');
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new UsageError(`--ca-file: ${path} holds no PEM certificate.`);
  return pem;
}

/** `mailbox-connect detect …`: which encryption option works, without a login. */
async function runDetect(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseDetectArgs(argv);
    const caPem = parsed.caFile ? await readCaFile(parsed.caFile) : undefined;
    const report = await detectSettings({
      server: parsed.server,
      ports: parsed.ports,
      timeoutMs: parsed.timeoutMs,
      ...(caPem ? { caPem } : {}),
    });
    io.stdout(parsed.json ? `${JSON.stringify(report)}\n` : `${formatDetection(report)}\n`);
    return report.proposal ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, DETECT_USAGE, io);
  }
}

/** `mailbox-connect test|detect …`: the same services as the app, for scripts and support. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'detect') return runDetect(rest, io);
  if (command === 'export') return runExport(rest, io);
  if (command === 'import') return runImport(rest, io);
  if (command === 'test-all') return runTestAllCommand(rest, io);
  if (command !== 'test') {
    io.stderr(
      `${command === undefined ? 'No command given.' : `Unknown command "${command}".`}\n${[TEST_USAGE, DETECT_USAGE, EXPORT_USAGE, IMPORT_USAGE, TEST_ALL_USAGE].join('\n')}\n`,
    );
    return EXIT.usage;
  }
  try {
    const parsed = parseTestArgs(rest);
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
        ? `${JSON.stringify(shown)}\n`
        : `${formatReport(report, parsed.transcript && transcript !== undefined)}\n`,
    );
    return report.ok ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, TEST_USAGE, io);
  }
}
