import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds with one decimal: finer than that is noise on a shared machine. */
export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function ratio(value: number, baseline: number): number {
  return Math.round((value / baseline) * 100) / 100;
}

export async function timed(work: () => unknown): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/**
 * Runs `subject` and `baseline` alternately (after warm-up rounds), so that both see the same
 * machine load, and returns the median of each.
 */
export async function compareMedians(
  rounds: number,
  warmUp: number,
  subject: () => unknown,
  baseline: () => unknown,
): Promise<{ medianMs: number; baselineMedianMs: number; ratio: number }> {
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < warmUp + rounds; round += 1) {
    const [first, second] = round % 2 === 0 ? [subject, baseline] : [baseline, subject];
    const firstMs = await timed(first);
    const secondMs = await timed(second);
    if (round < warmUp) continue;
    subjectTimes.push(first === subject ? firstMs : secondMs);
    baselineTimes.push(first === subject ? secondMs : firstMs);
  }
  const medianMs = median(subjectTimes);
  const baselineMedianMs = median(baselineTimes);
  return {
    medianMs: round(medianMs),
    baselineMedianMs: round(baselineMedianMs),
    ratio: ratio(medianMs, baselineMedianMs),
  };
}
