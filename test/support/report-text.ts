import { runConnectionTest, type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import type { ConnectionTestReport, TestFailure } from '../../src/shared/connection-test';
import { renderMessage } from '../../src/shared/i18n';
import type { Message } from '../../src/shared/i18n/message';
import { renderFailure, renderReport } from '../../src/shared/report-text';

/** A report as an English reader sees it: tests assert the words, reports carry messages. */
export function reportText(report: ConnectionTestReport) {
  return renderReport(report, 'en');
}

export function failureText(failure: TestFailure) {
  return renderFailure(failure, 'en');
}

export function english(message: Message | undefined): string | undefined {
  return message === undefined ? undefined : renderMessage('en', message);
}

/** The real connection test, its report in English words: for tests that assert what a reader sees. */
export async function runConnectionTestInEnglish(input: ConnectionTestInput) {
  return reportText(await runConnectionTest(input));
}
