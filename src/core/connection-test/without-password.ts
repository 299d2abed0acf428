import type { ConnectionTestReport } from '../../shared/connection-test';
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
  if (!password) return report;
  const secrets = [password, Buffer.from(password).toString('base64')];
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === 'string' ? mask(value) : value,
  ) as ConnectionTestReport;
}

/** The connection test as every use case runs it: its report never holds the password it was given. */
export function passwordMasking(
  run: (input: ConnectionTestInput) => Promise<ConnectionTestReport>,
): (input: ConnectionTestInput) => Promise<ConnectionTestReport> {
  return async (input) => withoutPassword(await run(input), input.password);
}
