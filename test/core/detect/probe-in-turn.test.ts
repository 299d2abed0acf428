import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { probeInTurn, PROBE_HEAD_START_MS, type PlannedProbe } from '../../../src/core/detect/probe-in-turn';
import type { ProbeOption, ProbeResult } from '../../../src/shared/detection';

const PLAN: PlannedProbe[] = [
  { option: 'ssl', port: 993 },
  { option: 'starttls', port: 143 },
  { option: 'none', port: 143 },
];

/** Probes the test answers by hand: which started, with which signal, and their answer when the test gives it. */
function scriptedProbes() {
  const started = new Map<ProbeOption, { signal: AbortSignal; answer: (ok: boolean) => void }>();
  const run = (planned: PlannedProbe, signal: AbortSignal) =>
    new Promise<ProbeResult>((resolve) => {
      const answer = (ok: boolean) => resolve({ option: planned.option, port: planned.port, ok, ms: 1 });
      started.set(planned.option, { signal, answer });
      // What a real probe does when stopped: it ends at once, failed.
      signal.addEventListener('abort', () => answer(false), { once: true });
    });
  const answer = (option: ProbeOption, ok: boolean) => started.get(option)?.answer(ok);
  return { run, started, answer };
}

const optionsOf = (results: ProbeResult[]) => results.map((result) => [result.option, result.ok]);

describe('probing in turn: the most secure option first, the next when it fails or stays silent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts nothing less secure when the first works at once', async () => {
    const probes = scriptedProbes();
    const done = probeInTurn(PLAN, probes.run, new AbortController().signal);
    probes.answer('ssl', true);
    expect(optionsOf(await done)).toEqual([['ssl', true]]);
    await vi.advanceTimersByTimeAsync(10 * PROBE_HEAD_START_MS);
    expect([...probes.started.keys()]).toEqual(['ssl']);
  });

  it('starts the next at once when one fails, and stops where one works', async () => {
    const probes = scriptedProbes();
    const done = probeInTurn(PLAN, probes.run, new AbortController().signal);
    probes.answer('ssl', false);
    await vi.advanceTimersByTimeAsync(0);
    expect([...probes.started.keys()]).toEqual(['ssl', 'starttls']);
    probes.answer('starttls', true);
    expect(optionsOf(await done)).toEqual([
      ['ssl', false],
      ['starttls', true],
    ]);
    expect(probes.started.has('none')).toBe(false);
  });

  it('starts the next after the head start when one stays silent, and still waits for the more secure one', async () => {
    const probes = scriptedProbes();
    const done = probeInTurn(PLAN, probes.run, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(PROBE_HEAD_START_MS - 1);
    expect([...probes.started.keys()]).toEqual(['ssl']);
    await vi.advanceTimersByTimeAsync(1);
    expect([...probes.started.keys()]).toEqual(['ssl', 'starttls']);
    probes.answer('starttls', true);
    // STARTTLS works, but SSL might too, and would be proposed: the detection waits for it.
    let finished = false;
    void done.then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(10 * PROBE_HEAD_START_MS);
    expect(finished).toBe(false);
    expect(probes.started.has('none')).toBe(false);
    probes.answer('ssl', true);
    expect(optionsOf(await done)).toEqual([
      ['ssl', true],
      ['starttls', true],
    ]);
  });

  it('stops a less secure probe that is running once a more secure one works, and leaves it out', async () => {
    const probes = scriptedProbes();
    const done = probeInTurn(PLAN, probes.run, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(2 * PROBE_HEAD_START_MS);
    expect([...probes.started.keys()]).toEqual(['ssl', 'starttls', 'none']);
    probes.answer('ssl', true);
    expect(optionsOf(await done)).toEqual([['ssl', true]]);
    expect(probes.started.get('starttls')?.signal.aborted).toBe(true);
    expect(probes.started.get('none')?.signal.aborted).toBe(true);
  });

  it('starts nothing after the deadline, and reports what the started probes answered', async () => {
    const probes = scriptedProbes();
    const deadline = new AbortController();
    const done = probeInTurn(PLAN, probes.run, deadline.signal);
    deadline.abort();
    expect(optionsOf(await done)).toEqual([['ssl', false]]);
    await vi.advanceTimersByTimeAsync(10 * PROBE_HEAD_START_MS);
    expect([...probes.started.keys()]).toEqual(['ssl']);
  });
});
