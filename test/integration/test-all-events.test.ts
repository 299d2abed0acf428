import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/shared/app-events';
import { skippedByCancel, type TestAllOutcome, type TestAllProgress } from '../../src/shared/test-all';
import { saslPlainResponse } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { acknowledgedPlaintextSettings } from '../support/stored-accounts';
import { createTestServices } from '../support/test-services';
import { english } from '../support/report-text';

const directories: string[] = [];
const servers: FakeImapServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

// Distinctive, so that finding it anywhere in the events can only mean a leak.
const CANARY = 'Pushed-Canary-Password-4711';

/** The forms a password could take in an event: as typed, JSON-escaped, base64, hex, the AUTHENTICATE PLAIN blob. */
function encodingsOf(secret: string, user: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    bytes.toString('base64'),
    bytes.toString('hex'),
    saslPlainResponse(user, secret),
  ];
}

/** A busy server that signs in everyone but `refused`, so one account fails at the login. */
async function branchServer(refused: string): Promise<FakeImapServer> {
  const server = await startFakeImapServer({
    replyDelayMs: 30,
    script: {
      LOGIN: (command) => ({
        lines: [
          command.line.includes(refused)
            ? `${command.tag} NO [AUTHENTICATIONFAILED] Authentication failed.`
            : `${command.tag} OK [CAPABILITY IMAP4rev1] Logged in`,
        ],
      }),
    },
  });
  servers.push(server);
  return server;
}

const progressOf = (events: AppEvent[]): TestAllProgress[] =>
  events.flatMap((event) => (event.type === 'testAllProgress' ? [event.progress] : []));
const outcomesOf = (events: AppEvent[]): TestAllOutcome[] =>
  events.flatMap((event) => (event.type === 'testAllOutcome' ? [event.outcome] : []));

describe('Test all pushes its progress and outcomes (real tests against a scripted server)', () => {
  it('emits each outcome as it finishes and progress after it, in order, ending with the reply’s progress', async () => {
    const server = await branchServer('refused-user');
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-test-all-events-'));
    directories.push(directory);
    const { handlers, accounts, events } = createTestServices(directory);
    const users = ['branch0', 'branch1', 'refused-user', 'branch3', 'branch4'];
    for (const [index, user] of users.entries()) {
      const saved = await accounts.save({
        settings: acknowledgedPlaintextSettings(server, `Branch ${index}`, user),
        password: CANARY,
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    // Saved without a password: skipped, and still reported as an outcome.
    const unsaved = await accounts.save({ settings: acknowledgedPlaintextSettings(server, 'Later', 'later') });
    if (!unsaved.ok) throw new Error(english(unsaved.error.message));

    const reply = await handlers.testAccounts({ concurrency: 2 });
    if (!reply.ok) throw new Error(english(reply.error.message));
    const result = reply.value;

    // Only Test all's two kinds of event, opening with nothing done and closing with the reply's progress.
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(['testAllProgress', 'testAllOutcome']));
    expect(events[0]).toEqual({ type: 'testAllProgress', progress: expect.objectContaining({ total: 6, done: 0 }) });
    expect(events.at(-1)).toEqual({ type: 'testAllProgress', progress: result.progress });
    expect(result.progress).toMatchObject({ total: 6, done: 6, ok: 4, failed: 1, finished: true, cancelled: false });

    // In order: every progress event counts exactly the outcomes pushed before it, and never goes back.
    let pushed = 0;
    for (const event of events) {
      if (event.type === 'testAllOutcome') pushed += 1;
      else if (event.type === 'testAllProgress') expect(event.progress.done).toBe(pushed);
    }
    const running = progressOf(events).map((progress) => progress.running);
    expect(Math.max(...running)).toBe(2);
    expect(progressOf(events).filter((progress) => progress.finished)).toHaveLength(1);

    // One outcome per account, each as the reply has it (the window needs nothing else for its row).
    const pushedOutcomes = outcomesOf(events);
    expect(pushedOutcomes.map((outcome) => outcome.id).sort()).toEqual(result.outcomes.map((o) => o.id).sort());
    for (const outcome of pushedOutcomes) expect(result.outcomes).toContainEqual(outcome);
    const byName = Object.fromEntries(pushedOutcomes.map((outcome) => [outcome.name, outcome]));
    expect(byName['Branch 2']?.report).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } });
    expect(english(byName.Later?.skipped)).toBe('Enter the password.');
    // As in the reply, the transcript stays in main.
    expect(pushedOutcomes.some((outcome) => outcome.report?.transcript)).toBe(false);

    // The password went to the server (so it was in play) but into no event.
    expect(server.received.filter((command) => command.name === 'LOGIN')).toHaveLength(5);
    const everything = JSON.stringify(events);
    for (const user of users)
      for (const encoded of encodingsOf(CANARY, user)) expect(everything).not.toContain(encoded);
    // The check is only worth something if the events carry the login's stage: they name the user.
    expect(everything).toContain('branch0');
  });

  it('pushes the outcomes of a cancelled run too: finished ones as results, the rest as cancelled', async () => {
    const server = await branchServer('nobody');
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-test-all-events-'));
    directories.push(directory);
    const { handlers, accounts, events, onAppEvent } = createTestServices(directory);
    for (let index = 0; index < 6; index += 1) {
      const saved = await accounts.save({
        settings: acknowledgedPlaintextSettings(server, `Branch ${index}`, `branch${index}`),
        password: 'secret',
      });
      if (!saved.ok) throw new Error(english(saved.error.message));
    }
    // Cancel as the window would: when the first result has been pushed.
    const stop = onAppEvent((event) => {
      if (event.type === 'testAllOutcome') void handlers.cancelTest();
    });
    const reply = await handlers.testAccounts({ concurrency: 2 });
    stop();
    if (!reply.ok) throw new Error(english(reply.error.message));
    expect(reply.value.progress).toMatchObject({ cancelled: true, finished: true, done: 6, failed: 0 });
    const pushed = outcomesOf(events);
    expect(pushed).toHaveLength(6);
    expect(pushed.filter((outcome) => skippedByCancel(outcome)).length).toBeGreaterThanOrEqual(3);
    expect(events.at(-1)).toEqual({ type: 'testAllProgress', progress: reply.value.progress });
  });
});
