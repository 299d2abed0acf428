import { connectionSettingsSchema } from '../shared/account';
import type { ConnectionTestReport } from '../shared/connection-test';
import { runConnectionTest } from '../core/connection-test/run-connection-test';
import { runMethodTest } from '../core/connection-test/run-method-test';
import { secretMasking } from '../core/connection-test/secret-masking';
import { EXIT, readCaFile, secretFromEnv, usageFailure, UsageError, type CliIo } from './cli-options';
import { renderReport } from '../shared/report-text';
import { appSecretOf } from './app-credential';
import { firstIssueText } from './english';
import { formatReport } from './format-report';
import { tokenText } from './format-token';
import { parseTestArgs, TEST_USAGE, type TestCommand } from './parse-test-args';

async function passwordOf(command: TestCommand, io: CliIo): Promise<string | undefined> {
  if (command.password.from === 'none') return undefined;
  if (command.password.from === 'stdin') return (await io.readStdin()).replace(/\r?\n$/, '');
  return secretFromEnv(io.env, command.password.variable, '--password-env');
}

/** IMAP with a password, or without a login: the connection test itself, as always. */
async function passwordTest(parsed: TestCommand, io: CliIo, caPem: string | undefined): Promise<ConnectionTestReport> {
  const password = await passwordOf(parsed, io);
  return runConnectionTest({
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
}

const OPTION_OF_SETTING: Record<string, string> = {
  tenant: '--tenant',
  clientId: '--client-id',
  authorityHost: '--authority-host',
  trustedFingerprint: '--pin-sha256',
  caCertificatePem: '--ca-file',
};

/**
 * IMAP with OAuth 2.0 or Microsoft Graph: the same method test a saved account gets in the app (the token
 * first), behind the same guard, so neither the secret nor any form of the private key is printed.
 */
async function microsoft365Test(parsed: TestCommand, io: CliIo, caPem: string | undefined) {
  const app = parsed.microsoft365;
  if (!app) throw new Error('not a Microsoft 365 test');
  const settings = connectionSettingsSchema.safeParse({
    method: app.method,
    tenant: app.tenant,
    clientId: app.clientId,
    clientCredential: app.credential.from === 'env' ? 'secret' : 'certificate',
    authorityHost: app.authorityHost,
    server: parsed.server,
    port: parsed.port,
    encryption: parsed.encryption,
    validateSsl: parsed.validateSsl,
    userName: app.mailbox,
    ...(parsed.pinSha256 ? { trustedFingerprint: parsed.pinSha256 } : {}),
    ...(caPem ? { caCertificatePem: caPem } : {}),
    ...parsed.processingFolders,
  });
  if (!settings.success) {
    const option = OPTION_OF_SETTING[String(settings.error.issues[0]?.path[0])] ?? '--server';
    throw new UsageError(`${option}: ${firstIssueText(settings.error, 'invalid value')}`);
  }
  const secret = await appSecretOf(app, io);
  return secretMasking((input) => runMethodTest(input))({
    settings: settings.data,
    secret,
    timeoutMs: parsed.timeoutMs,
    ...(parsed.createFolders ? { createMissingFolders: true } : {}),
  });
}

/** `mailbox-connect test …`: the same connection test as the app, for scripts and support. */
export async function runTestCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseTestArgs(argv);
    const caPem = parsed.caFile ? await readCaFile(parsed.caFile) : undefined;
    const report = parsed.microsoft365
      ? await microsoft365Test(parsed, io, caPem)
      : await passwordTest(parsed, io, caPem);
    const { transcript, ...withoutTranscript } = report;
    const shown = parsed.transcript ? report : withoutTranscript;
    const rendered = renderReport(shown, 'en');
    io.stdout(
      parsed.json
        ? `${JSON.stringify(report.token ? { ...rendered, token: tokenText(report.token) } : rendered)}\n`
        : `${formatReport(report, parsed.transcript && transcript !== undefined)}\n`,
    );
    return report.ok ? EXIT.ok : EXIT.failed;
  } catch (error) {
    return usageFailure(error, TEST_USAGE, io);
  }
}
