import { readFile } from 'node:fs/promises';
import { runConnectionTest } from '../main/services/connection-test/run-connection-test';
import { detectSettings } from '../main/services/detect/detect-settings';
import { formatDetection } from './format-detection';
import { formatReport } from './format-report';
import { DETECT_USAGE, parseDetectArgs } from './parse-detect-args';
import { UsageError } from './cli-options';
import { parseTestArgs, TEST_USAGE, type TestCommand } from './parse-test-args';
import { EXPORT_USAGE, IMPORT_USAGE } from './parse-transfer-args';
import { runTestAllCommand, TEST_ALL_USAGE } from './test-all-command';
import { runExport, runImport } from './transfer-commands';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

async function passwordOf(command: TestCommand, io: CliIo): Promise<string | undefined> {
  if (command.password.from === 'none') return undefined;
  if (command.password.from === 'stdin') return (await io.readStdin()).replace(/\r?\n$/, '');
  const value = io.env[command.password.variable];
  if (value === undefined)
    throw new UsageError(`--password-env: the environment variable ${command.password.variable} is not set.`);
  return value;
}

async function readCaFile(path: string): Promise<string> {
  try {
    const pem = await readFile(path, 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
      throw new UsageError(`--ca-file: ${path} holds no PEM certificate.`);
    return pem;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--ca-file: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
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
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${DETECT_USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
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
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${TEST_USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
