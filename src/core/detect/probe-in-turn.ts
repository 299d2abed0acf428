import type { ProbeOption, ProbeResult } from '../../shared/detection';

/** How long a probe has to itself before the next, less secure one starts anyway (a port that stays silent). */
export const PROBE_HEAD_START_MS = 250;

export interface PlannedProbe {
  option: ProbeOption;
  port: number;
}

export type RunProbe = (planned: PlannedProbe, signal: AbortSignal) => Promise<ProbeResult>;

/**
 * The probes of `plan` (most secure first) in turn, as a careful admin would try them, and as
 * fast as all at once: each starts when the one before it has failed, or has had its head start
 * without an answer. Once one works, the less secure ones are stopped or never started: the
 * proposal takes the most secure option that works, so they could not change it, and two TLS
 * handshakes at once only slow each other down on a small machine (issue 15: detect within
 * 1.25× of its slowest probe). More secure probes still running are waited for, up to the
 * deadline that `signal` carries. The result lists the probes that ran to an answer, in plan order.
 */
export async function probeInTurn(
  plan: readonly PlannedProbe[],
  run: RunProbe,
  signal: AbortSignal,
  headStartMs = PROBE_HEAD_START_MS,
): Promise<ProbeResult[]> {
  const results: (ProbeResult | undefined)[] = plan.map(() => undefined);
  const stoppers = plan.map(() => new AbortController());
  const stopped = new Set<number>();
  const running: Promise<void>[] = [];

  const stopLessSecureThan = (index: number) => {
    for (let later = index + 1; later < plan.length; later += 1) {
      stopped.add(later);
      stoppers[later]?.abort();
    }
  };

  const start = (index: number) => {
    const planned = plan[index];
    // Each once; none after the deadline or once a more secure one works.
    if (!planned || signal.aborted || stopped.has(index) || running.length > index) return;
    const own = AbortSignal.any([signal, (stoppers[index] as AbortController).signal]);
    let next: ReturnType<typeof setTimeout> | undefined = setTimeout(() => start(index + 1), headStartMs);
    const startNext = () => {
      if (next !== undefined) clearTimeout(next);
      next = undefined;
    };
    running.push(
      run(planned, own).then((result) => {
        startNext();
        if (stopped.has(index)) return;
        results[index] = result;
        if (result.ok) stopLessSecureThan(index);
        else start(index + 1);
      }),
    );
    // The deadline starts nothing new.
    signal.addEventListener('abort', startNext, { once: true });
  };

  start(0);
  // Probes are started while others run: wait until no new one has joined.
  for (let awaited = 0; awaited < running.length;) {
    awaited = running.length;
    await Promise.all(running);
  }
  return results.filter((result): result is ProbeResult => result !== undefined);
}
