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
  skipped?: string;
}

export interface TestAllResult {
  outcomes: TestAllOutcome[];
  progress: TestAllProgress;
}

/** Progress before the first test has finished. */
export function progressAtStart(total: number): TestAllProgress {
  return { total, done: 0, ok: 0, failed: 0, running: 0, serverLimits: {}, cancelled: false, finished: false };
}
