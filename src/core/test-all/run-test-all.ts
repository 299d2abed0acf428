import type { ConnectionTestReport } from '../../shared/connection-test';
import { literal } from '../../shared/i18n/message';
import {
  progressAtStart,
  SKIPPED_CANCELLED,
  type TestAllOutcome,
  type TestAllProgress,
  type TestAllResult,
} from '../../shared/test-all';

export interface TestAllTarget {
  id: string;
  name: string;
  /** Accounts on one server share its connection limit. */
  server: string;
}

export interface TestAllOptions {
  targets: readonly TestAllTarget[];
  concurrency: number;
  /** One account's test; it must end soon after `signal` aborts. */
  test: (target: TestAllTarget, signal: AbortSignal) => Promise<Omit<TestAllOutcome, 'id' | 'name'>>;
  signal?: AbortSignal;
  onProgress?: (progress: TestAllProgress) => void;
  onOutcome?: (outcome: TestAllOutcome) => void;
}

/** A refusal before any login: retrying it cannot lock an Active Directory account. */
const MAX_LIMIT_RETRIES = 3;

/** The server turned the connection away at the greeting (BYE "too many connections"), before any login. */
function refusedForLimit(report: ConnectionTestReport | undefined): boolean {
  if (report?.error?.code !== 'SERVER_BYE') return false;
  return report.stages.some((stage) => stage.name === 'greeting' && stage.status === 'failed');
}

/**
 * Tests many accounts with at most `concurrency` connections at once, and never more at once to one
 * server than it accepts: when a server greets with BYE, its limit is lowered below what was open and
 * the account waits for a free slot (a BYE at the greeting comes before any login, so no lockout).
 */
export async function runTestAll(options: TestAllOptions): Promise<TestAllResult> {
  const { targets, concurrency, signal } = options;
  const queue = targets.map((target) => ({ target, retries: 0 }));
  const outcomes = new Map<string, TestAllOutcome>();
  const activeOn = new Map<string, number>();
  const limits = new Map<string, number>();
  const progress: TestAllProgress = progressAtStart(targets.length);
  const controller = new AbortController();
  const cancel = (): void => {
    progress.cancelled = true;
    controller.abort();
  };
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const report = (): void => options.onProgress?.({ ...progress, serverLimits: Object.fromEntries(limits) });
  const finish = (outcome: TestAllOutcome): void => {
    outcomes.set(outcome.id, outcome);
    progress.done += 1;
    if (outcome.report?.ok) progress.ok += 1;
    else if (outcome.report) progress.failed += 1;
    options.onOutcome?.(outcome);
  };

  await new Promise<void>((resolve) => {
    const startWhatFits = (): void => {
      if (progress.cancelled) {
        for (const { target } of queue.splice(0))
          finish({ id: target.id, name: target.name, skipped: SKIPPED_CANCELLED });
      }
      for (let index = 0; index < queue.length && progress.running < concurrency;) {
        const entry = queue[index] as (typeof queue)[number];
        const key = entry.target.server.toLowerCase();
        const onServer = activeOn.get(key) ?? 0;
        if (onServer >= (limits.get(key) ?? concurrency)) {
          index += 1;
          continue;
        }
        queue.splice(index, 1);
        activeOn.set(key, onServer + 1);
        progress.running += 1;
        void run(entry, key);
      }
      report();
      if (progress.running === 0 && queue.length === 0) resolve();
    };

    const run = async (entry: (typeof queue)[number], key: string): Promise<void> => {
      const { target } = entry;
      let outcome: Omit<TestAllOutcome, 'id' | 'name'>;
      try {
        outcome = await options.test(target, controller.signal);
      } catch (error) {
        // An unexpected error has only its own words to show.
        outcome = { skipped: literal(error instanceof Error ? error.message : String(error)) };
      }
      // A test stopped by Cancel says nothing about the account: it is not counted as failed.
      if (progress.cancelled && outcome.report?.error?.code === 'CANCELLED') outcome = { skipped: SKIPPED_CANCELLED };
      // Connections open to this server when it said no, this one included: it accepts fewer. Counted
      // now rather than at the start, so the order in which the server took them does not matter.
      const openOnServer = activeOn.get(key) ?? 1;
      activeOn.set(key, openOnServer - 1);
      progress.running -= 1;
      if (
        refusedForLimit(outcome.report) &&
        entry.retries < MAX_LIMIT_RETRIES &&
        openOnServer > 1 &&
        !progress.cancelled
      ) {
        limits.set(key, Math.min(limits.get(key) ?? concurrency, openOnServer - 1));
        queue.unshift({ target, retries: entry.retries + 1 });
      } else {
        finish({ id: target.id, name: target.name, ...outcome });
      }
      startWhatFits();
    };

    startWhatFits();
  });
  signal?.removeEventListener('abort', cancel);
  progress.finished = true;
  report();
  return {
    outcomes: targets.map((target) => outcomes.get(target.id) as TestAllOutcome),
    progress: { ...progress, serverLimits: Object.fromEntries(limits) },
  };
}
