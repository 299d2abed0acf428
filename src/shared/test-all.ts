import { message, type Message } from './i18n/message';
import type { ConnectionTestReport } from './connection-test';

export const TEST_ALL_DEFAULT_CONCURRENCY = 4;
export const TEST_ALL_MAX_CONCURRENCY = 16;

export interface TestAllProgress {
  total: number;
  done: number;
  ok: number;
  failed: number;
  /** Tests running now. */
  running: number;
  /** Per server, the connections at once it turned out to allow, where that is fewer than asked for. */
  serverLimits: Record<string, number>;
  cancelled: boolean;
  finished: boolean;
}

export interface TestAllOutcome {
  id: string;
  name: string;
  report?: ConnectionTestReport;
  /** Not tested, and why (cancelled, no password, …). */
  skipped?: Message;
}

/** Why an account was not tested when Cancel came first. */
export const SKIPPED_CANCELLED = message('testAll.cancelled');

/** Not tested because the run was cancelled (not for a reason of its own), e.g. for a shorter line. */
export function skippedByCancel(outcome: TestAllOutcome): boolean {
  return outcome.skipped !== undefined && 'key' in outcome.skipped && outcome.skipped.key === 'testAll.cancelled';
}

export interface TestAllResult {
  outcomes: TestAllOutcome[];
  progress: TestAllProgress;
}

/** Progress before the first test has finished. */
export function progressAtStart(total: number): TestAllProgress {
  return { total, done: 0, ok: 0, failed: 0, running: 0, serverLimits: {}, cancelled: false, finished: false };
}
