import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../src/core/connection-test/run-connection-test';
import { runTestAll, type TestAllTarget } from '../../src/core/test-all/run-test-all';
import { skippedByCancel, type TestAllProgress } from '../../src/shared/test-all';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { createTestServices } from '../support/test-services';
import { acknowledgedPlaintextSettings } from '../support/stored-accounts';
import { english } from '../support/report-text';

const servers: FakeImapServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function fakeServer(options: Parameters<typeof startFakeImapServer>[0]) {
  const server = await startFakeImapServer(options);
  servers.push(server);
  return server;
}

function targets(count: number, server: string): TestAllTarget[] {
  return Array.from({ length: count }, (_, index) => ({ id: `a${index}`, name: `Account ${index}`, server }));
}

/** The real connection test of one account against `server`, as the app runs it for Test all. */
function testAgainst(server: FakeImapServer) {
  return async (target: TestAllTarget, signal: AbortSignal) => ({
    report: await runConnectionTest({
      settings: { server: server.host, port: server.port, encryption: 'notls', validateSsl: false },
      userName: target.name,
      password: 'secret',
      plaintextPasswordAllowed: true,
      signal,
      timeoutMs: 10_000,
    }),
  });
}

describe('Test all (bounded concurrency, real connection tests against fake servers)', () => {
  it('never opens more connections at once than asked for, and reaches that number', async () => {
    const server = await fakeServer({ replyDelayMs: 40 });
    const seen: number[] = [];
    const result = await runTestAll({
      targets: targets(12, server.host),
      concurrency: 4,
      test: testAgainst(server),
      onProgress: (progress) => seen.push(progress.running),
    });
    expect(result.outcomes.every((outcome) => outcome.report?.ok)).toBe(true);
    expect(server.peakConnections()).toBe(4);
    expect(Math.max(...seen)).toBe(4);
    expect(result.progress).toMatchObject({ total: 12, done: 12, ok: 12, failed: 0, running: 0, finished: true });
  });

  it('learns a server’s connection limit from its BYE and stays under it, without a second login', async () => {
    const server = await fakeServer({ replyDelayMs: 40, maxConnections: 2 });
    const result = await runTestAll({ targets: targets(9, server.host), concurrency: 6, test: testAgainst(server) });
    expect(result.outcomes.map((outcome) => outcome.report?.ok)).toEqual(Array(9).fill(true));
    expect(result.progress.serverLimits).toEqual({ [server.host]: 2 });
    // A BYE at the greeting comes before any login: each account signed in exactly once.
    expect(server.received.filter((command) => command.name === 'LOGIN')).toHaveLength(9);
  });

  it('cancels: running tests stop, waiting ones are skipped, nothing counts as failed', async () => {
    const server = await fakeServer({ replyDelayMs: 150 });
    const controller = new AbortController();
    const result = await runTestAll({
      targets: targets(10, server.host),
      concurrency: 2,
      test: testAgainst(server),
      signal: controller.signal,
      onOutcome: () => controller.abort(),
    });
    expect(result.progress).toMatchObject({ cancelled: true, finished: true, done: 10, failed: 0 });
    const skipped = result.outcomes.filter((outcome) => skippedByCancel(outcome));
    expect(skipped.length).toBeGreaterThanOrEqual(8);
    expect(server.connections()).toBeLessThanOrEqual(4);
  });

  it('over IPC: one run at a time, progress pushed while it runs, Cancel stops it, finished results are saved', async () => {
    const server = await fakeServer({ replyDelayMs: 120 });
    const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-test-all-ipc-'));
    try {
      const { handlers, accounts, events, onAppEvent } = createTestServices(directory);
      for (let index = 0; index < 6; index += 1) {
        const saved = await accounts.save({
          settings: acknowledgedPlaintextSettings(server, `Branch ${index}`, `branch${index}`),
          password: 'secret',
        });
        if (!saved.ok) throw new Error(english(saved.error.message));
      }
      // The progress main pushes once the first account is done (the window's copy of it).
      const firstDone = new Promise<TestAllProgress>((resolve) => {
        const stop = onAppEvent((event) => {
          if (event.type !== 'testAllProgress' || event.progress.done < 1) return;
          stop();
          resolve(event.progress);
        });
      });
      const run = handlers.testAccounts({ concurrency: 2 });
      const progress = await firstDone;
      expect(progress).toMatchObject({ total: 6, finished: false });
      expect(progress.running).toBeGreaterThanOrEqual(1);
      expect(progress.running).toBeLessThanOrEqual(2);
      expect(await handlers.testAccounts({})).toMatchObject({ ok: false, error: { code: 'BUSY' } });
      expect(await handlers.cancelTest()).toEqual({ ok: true, value: { cancelled: true } });
      const result = await run;
      if (!result.ok) throw new Error(english(result.error.message));
      expect(result.value.progress).toMatchObject({ cancelled: true, finished: true, total: 6, failed: 0 });
      const finished = result.value.outcomes.filter((outcome) => outcome.report?.ok).map((outcome) => outcome.name);
      expect(finished.length).toBeGreaterThanOrEqual(1);
      expect(finished.length).toBeLessThan(6);
      const tested = accounts
        .list()
        .filter((account) => account.lastTest?.ok)
        .map((account) => account.connectionName);
      expect(tested.sort()).toEqual(finished.sort());
      // The refused second run pushed nothing: every event belongs to the one run, which ended last.
      expect(events.filter((event) => event.type === 'testAllProgress' && event.progress.finished)).toEqual([
        { type: 'testAllProgress', progress: result.value.progress },
      ]);
      expect(events.at(-1)).toEqual({ type: 'testAllProgress', progress: result.value.progress });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
