import { afterEach, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../src/main/services/connection-test/run-connection-test';
import { runTestAll, type TestAllTarget } from '../../src/main/services/test-all/run-test-all';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';

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
    const skipped = result.outcomes.filter((outcome) => outcome.skipped === 'cancelled');
    expect(skipped.length).toBeGreaterThanOrEqual(8);
    expect(server.connections()).toBeLessThanOrEqual(4);
  });
});
