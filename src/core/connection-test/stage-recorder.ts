import { performance } from 'node:perf_hooks';
import { IMAP_STAGE_NAMES, type StageName, type StageResult } from '../../shared/connection-test';
import type { Message } from '../../shared/i18n/message';

interface StageMark {
  startedAt: number;
  result?: StageResult;
}

/** Times each stage of one connection; stages never reached are reported as skipped. */
export class StageRecorder {
  private readonly marks = new Map<StageName, StageMark>();

  /**
   * `onStart` hears each stage once, as it begins: the window shows where a running test is.
   * `names` are the stages this kind of test reports, in order (IMAP's unless told otherwise).
   */
  constructor(
    private readonly onStart?: (name: StageName) => void,
    private readonly names: readonly StageName[] = IMAP_STAGE_NAMES,
  ) {}

  start(name: StageName): void {
    if (this.marks.has(name)) return;
    this.marks.set(name, { startedAt: performance.now() });
    this.onStart?.(name);
  }

  ok(name: StageName, detail?: Message): void {
    this.end(name, 'ok', detail);
  }

  fail(name: StageName, detail?: Message): void {
    this.end(name, 'failed', detail);
  }

  skip(name: StageName, detail: Message): void {
    if (!this.marks.has(name))
      this.marks.set(name, { startedAt: 0, result: { name, status: 'skipped', ms: 0, detail } });
  }

  /** The stage that has started but not ended: where a failure happened. */
  running(): StageName | undefined {
    return [...this.marks.entries()].reverse().find(([, mark]) => !mark.result)?.[0];
  }

  hasStarted(name: StageName): boolean {
    return this.marks.has(name);
  }

  results(): StageResult[] {
    return this.names.map((name) => this.marks.get(name)?.result ?? { name, status: 'skipped', ms: 0 });
  }

  private end(name: StageName, status: 'ok' | 'failed', detail?: Message): void {
    const mark = this.marks.get(name) ?? { startedAt: performance.now() };
    if (mark.result) return;
    const ms = Math.round((performance.now() - mark.startedAt) * 10) / 10;
    mark.result = detail === undefined ? { name, status, ms } : { name, status, ms, detail };
    this.marks.set(name, mark);
  }
}
