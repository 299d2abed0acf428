import { renderTestAllResult } from '../shared/report-text';
import type { TestAllOutcome, TestAllResult } from '../shared/test-all';
import { EXIT, type CliIo } from './cli-options';
import { english } from './english';

/** Why an account was tested without login, in the summary line. */
export type WithoutLogin = 'no password' | 'plaintext';
const WITHOUT_LOGIN_TEXT: Record<WithoutLogin, string> = {
  'no password': 'no password in the file',
  plaintext: 'the password would travel unencrypted: give --allow-plaintext-password to send it',
};

export function outcomeLine(outcome: TestAllOutcome, withoutLogin: WithoutLogin | undefined): string {
  const report = outcome.report;
  if (!report) return `· ${outcome.name}: not tested (${outcome.skipped ? english(outcome.skipped) : 'skipped'})`;
  if (!report.ok)
    return `✘ ${outcome.name}: ${report.error?.code ?? 'FAILED'} ${report.error ? english(report.error.message) : ''}`.trimEnd();
  const signedIn = report.stages.some((stage) => stage.name === 'auth' && stage.status === 'ok');
  const how = signedIn
    ? 'signed in'
    : `reachable, not signed in (${WITHOUT_LOGIN_TEXT[withoutLogin ?? 'no password']})`;
  return `✔ ${outcome.name}: ${how} in ${report.durationMs} ms`;
}

/** The summary (or the whole result as JSON, its messages in English) and the exit code: 0 only when every account succeeded. */
export function reportResult(result: TestAllResult, json: boolean, io: CliIo): number {
  const { progress } = result;
  const notTested = progress.total - progress.ok - progress.failed;
  io.stdout(
    json
      ? `${JSON.stringify(renderTestAllResult(result, 'en'))}\n`
      : `${progress.ok} of ${progress.total} succeeded, ${progress.failed} failed${notTested > 0 ? `, ${notTested} not tested` : ''}.\n`,
  );
  return progress.failed === 0 && progress.ok === progress.total ? EXIT.ok : EXIT.failed;
}
