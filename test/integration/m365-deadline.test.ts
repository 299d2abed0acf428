import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../src/core/connection-test/run-connection-test';
import { remainingMs, runMethodTest } from '../../src/core/connection-test/run-method-test';
import { runGraphTest } from '../../src/core/graph/run-graph-test';
import { connectionSettingsSchema } from '../../src/shared/account';
import { M365, m365Settings, startM365Servers, type M365Servers } from '../support/m365-servers';

let servers: M365Servers;
beforeAll(async () => {
  servers = await startM365Servers();
});
afterAll(async () => {
  await servers?.stop();
});

describe('one deadline for a Microsoft 365 test (issue 16)', () => {
  it('what is left of a timeout, never less than a millisecond', () => {
    expect(remainingMs(5000, 100, 1300)).toBe(3800);
    expect(remainingMs(5000, 0, 7000)).toBe(1);
  });

  it('the IMAP stages get what the token stage left of the timeout, not the whole of it again', async () => {
    const given: (number | undefined)[] = [];
    const settings = connectionSettingsSchema.parse(m365Settings(servers, 'imap-oauth', 'secret', 'Deadline'));
    const report = await runMethodTest(
      { settings, secret: M365.secret, timeoutMs: 8000 },
      {
        runConnectionTest: (input) => {
          given.push(input.timeoutMs);
          return runConnectionTest(input);
        },
        runGraphTest,
      },
    );
    expect(report.ok).toBe(true);
    const tokenMs = report.stages[0]?.ms ?? 0;
    expect(given[0]).toBeLessThanOrEqual(8000 - Math.floor(tokenMs));
    expect(given[0]).toBeGreaterThan(0);
  });
});
