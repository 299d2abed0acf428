import { runConnectionTest } from '../src/core/connection-test/run-connection-test';
import { runTestAll } from '../src/core/test-all/run-test-all';
import { TEST_USERS, type DovecotServer } from '../test/support/dovecot';
import { ratio, round } from './statistics';

const ACCOUNTS = 500;
const CONCURRENCIES = [1, 4, 8] as const;
const RSS_SAMPLE_MS = 20;

export interface TestAllFigures {
  accountsPerSecond: number;
  peakRssMiB: number;
  /** The process's RSS just before the run: what the 500 tests added is the difference. */
  rssBeforeMiB: number;
  /** Throughput against the same run at concurrency 1. */
  speedup: number;
}

/** The highest resident set size seen while `work` runs, sampled every RSS_SAMPLE_MS. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  try {
    const value = await work();
    return { value, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sampler);
  }
}

/** Test all over 500 accounts on the local Dovecot (SSL, sign-in, folders, preview) at 1, 4 and 8 at once. */
export async function benchTestAll(dovecot: DovecotServer): Promise<Record<string, TestAllFigures>> {
  const user = TEST_USERS.invoices;
  const targets = Array.from({ length: ACCOUNTS }, (_, index) => ({
    id: String(index),
    name: `Account ${index}`,
    server: 'localhost',
  }));
  // As the app's Test all: each report is kept without its transcript.
  const test = async (_target: unknown, signal: AbortSignal) => {
    const { transcript: _transcript, ...report } = await runConnectionTest({
      settings: { server: 'localhost', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
      userName: user.user,
      password: user.password,
      caPem: dovecot.certificates.caPem,
      signal,
    });
    return { report };
  };
  const throughput: Record<number, number> = {};
  const figures: Record<string, TestAllFigures> = {};
  for (const concurrency of CONCURRENCIES) {
    const rssBefore = process.memoryUsage.rss();
    const startedAt = performance.now();
    const { value: result, peakRss } = await withPeakRss(() => runTestAll({ targets, concurrency, test }));
    const seconds = (performance.now() - startedAt) / 1000;
    if (result.progress.ok !== ACCOUNTS)
      throw new Error(`Test all at ${concurrency}: ${result.progress.failed} of ${ACCOUNTS} failed`);
    throughput[concurrency] = ACCOUNTS / seconds;
    figures[String(concurrency)] = {
      accountsPerSecond: round(ACCOUNTS / seconds),
      peakRssMiB: round(peakRss / 1024 / 1024),
      rssBeforeMiB: round(rssBefore / 1024 / 1024),
      speedup: ratio(ACCOUNTS / seconds, throughput[1] ?? ACCOUNTS / seconds),
    };
  }
  return figures;
}
