import type { ConnectionTestReport } from '../../shared/connection-test';
import { secretsOfToken } from './oauth-secrets';
import type { ConnectionTestInput } from './run-connection-test';

const MASK = '<redacted>';

/**
 * The report with every copy of `password` (and of its base64 form) masked, in every string it holds:
 * greeting, capabilities, stage details, a failure's parameters, the transcript. The transcript
 * redacts the exchanges it sees; this is the last check before a report is kept, stored as the last
 * test, returned to the window or written to an evidence file, so a server that echoes the password
 * (a BYE or NO quoting what it got) cannot carry it into any of them.
 */
export function withoutPassword(report: ConnectionTestReport, password: string | undefined): ConnectionTestReport {
  return withoutSecrets(report, password ? [password] : []);
}

/** The same for any secrets: a password, an access token and the XOAUTH2 response that carries it. */
export function withoutSecrets(report: ConnectionTestReport, given: readonly string[]): ConnectionTestReport {
  const secrets = given
    .filter((secret) => secret.length > 0)
    .flatMap((secret) => [secret, Buffer.from(secret).toString('base64')]);
  if (secrets.length === 0) return report;
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === 'string' ? mask(value) : value,
  ) as ConnectionTestReport;
}

/** The connection test as every use case runs it: its report never holds the password or token it was given. */
export function passwordMasking(
  run: (input: ConnectionTestInput) => Promise<ConnectionTestReport>,
): (input: ConnectionTestInput) => Promise<ConnectionTestReport> {
  return async (input) => withoutSecrets(await run(input), [input.password ?? '', ...secretsOfToken(input)]);
}
