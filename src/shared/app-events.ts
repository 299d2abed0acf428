import { STAGE_NAMES, type StageName } from './connection-test';
import type { TestAllOutcome, TestAllProgress } from './test-all';

/**
 * What main pushes to the window while work runs, so the window never polls. The sandboxed preload
 * bundles this file: it imports only types and the stage names, never zod or the message catalogue.
 */
export type AppEvent =
  /** Test all's counts changed (a test started or finished, a server's limit was learned, the run ended). */
  | { type: 'testAllProgress'; progress: TestAllProgress }
  /** One account of Test all is done: its row can show the result at once. */
  | { type: 'testAllOutcome'; outcome: TestAllOutcome }
  /** The form's single connection test reached this stage. */
  | { type: 'connectionTestStage'; stage: StageName };

export type AppEventType = AppEvent['type'];

/** Each event type and the one payload property it carries. */
const PAYLOAD_OF: Record<AppEventType, string> = {
  testAllProgress: 'progress',
  testAllOutcome: 'outcome',
  connectionTestStage: 'stage',
};

export const APP_EVENT_CHANNEL = 'mailbox-connect:app-event';

/**
 * The preload's filter: only an object of a known type with its payload passes to the page, so
 * anything else sent on the channel (or a mistake in main) never reaches a listener.
 */
export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(PAYLOAD_OF, type)) return false;
  const payload = (value as Record<string, unknown>)[PAYLOAD_OF[type as AppEventType]];
  if (type === 'connectionTestStage') return (STAGE_NAMES as readonly unknown[]).includes(payload);
  return typeof payload === 'object' && payload !== null;
}
