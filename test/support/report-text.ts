import { runConnectionTest, type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import type { ConnectionTestReport, TestFailure } from '../../src/shared/connection-test';
import { renderMessage } from '../../src/shared/i18n';
import type { Message } from '../../src/shared/i18n/message';
import { renderFailure, renderReport } from '../../src/shared/report-text';
import type { CoreError } from '../../src/shared/result';

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

/** A failed reply with its error's message and problems in English words, to match them; a success as it is. */
export function replyInEnglish<T extends { ok: boolean; error?: CoreError<string> }>(reply: T) {
  if (reply.ok || !reply.error) return reply;
  const { message, problems, ...error } = reply.error;
  return {
    ...reply,
    error: { ...error, message: english(message), ...(problems ? { problems: problems.map(english) } : {}) },
  };
}

/** The real connection test, its report in English words: for tests that assert what a reader sees. */
export async function runConnectionTestInEnglish(input: ConnectionTestInput) {
  return reportText(await runConnectionTest(input));
}
