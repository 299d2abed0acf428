import { afterEach, describe, expect, it } from 'vitest';
import { RESPONSE_LIMITS } from '../../src/core/connection-test/run-connection-test';
import type { ConnectionTestReportText } from '../../src/shared/report-text';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import {
  MAX_LINE_BYTES,
  MAX_SESSION_BYTES,
  MAX_SESSION_LINES,
} from '../../src/core/connection-test/instrumented-transport';
import { REPORT_LIMITS } from '../../src/shared/connection-test';
import { startFakeImapServer, type FakeImapServer, type Flood } from '../support/fake-imap-server';

const MiB = 1024 * 1024;
// Long enough that only the limits under test end a test, never the deadline.
const TIMEOUT_MS = 20_000;

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A plain test (No TLS, no login needed by the fake) whose LIST is answered by `flood`. */
async function listAnsweredWith(flood: (tag: string) => Flood): Promise<ConnectionTestReportText> {
  server = await startFakeImapServer({ script: { LIST: ({ tag }) => ({ flood: flood(tag) }) } });
  return runConnectionTest({
    settings: { server: server.host, port: server.port, encryption: 'notls', validateSsl: false },
    userName: 'scanner',
    password: 'Limits-Secret-1',
    plaintextPasswordAllowed: true,
    timeoutMs: TIMEOUT_MS,
  });
}

describe('connection test against servers that send too much', () => {
  it('a LIST announcing a 64 MiB literal fails at the marker as NOT_IMAP, long before the literal is sent', async () => {
    const size = 64 * MiB;
    const report = await listAnsweredWith((tag) => ({
      head: `* LIST () "/" {${size}}\r\n`,
      unit: `${'x'.repeat(78)}\r\n`,
      bytes: size,
      tail: ['', `${tag} OK LIST completed`],
    }));
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toContain(`literal of ${size} bytes`);
    expect(report.error?.message).toContain(String(RESPONSE_LIMITS.maxLiteralSize));
    expect(await server?.floodsStopped()).toBeLessThan(size / 2);
  });

  it('one LIST response of many literals fails at the response limit, below the session limit', async () => {
    // 32 KiB literals keep every line short; together they pass the response limit but not the session's.
    const literal = 32 * 1024;
    // Above the response limit (8 MiB), below the session's (16 MiB).
    const bytes = 12 * MiB;
    const report = await listAnsweredWith((tag) => ({
      head: '* LIST (',
      unit: `{${literal}}\r\n${'y'.repeat(literal)} `,
      bytes,
      tail: [') "/" INBOX', `${tag} OK LIST completed`],
    }));
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toContain(`single response larger than ${RESPONSE_LIMITS.maxResponseSize} bytes`);
  });

  it('a LIST line that never ends is cut off at the line limit, far below the session limit', async () => {
    const bytes = 3 * MAX_LINE_BYTES;
    expect(bytes).toBeLessThan(MAX_SESSION_BYTES);
    const report = await listAnsweredWith((tag) => ({
      head: '* LIST () "/" ',
      unit: 'w'.repeat(1024),
      bytes,
      tail: ['', `${tag} OK LIST completed`],
    }));
    expect(report.error).toEqual({
      code: 'NOT_IMAP',
      message: `The server sent a line longer than ${MAX_LINE_BYTES} bytes.`,
      // imapflow's own bound (the same length) ends it first; the transport's is the second line.
      hint: 'A connection test needs far less: the server misbehaves, or this is not the mail server. Copy the diagnostics and check server and port.',
    });
    expect(await server?.floodsStopped()).toBeLessThan(bytes);
  });

  it('endless small LIST lines are cut off at the session line limit', async () => {
    const unit = '* LIST () "/" F\r\n';
    const bytes = 4 * MAX_SESSION_LINES * unit.length;
    expect(bytes).toBeLessThan(MAX_SESSION_BYTES);
    const report = await listAnsweredWith((tag) => ({ unit, bytes, tail: [`${tag} OK LIST completed`] }));
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toContain(`more than ${MAX_SESSION_LINES} lines`);
    expect(report.error?.hint).toMatch(/^A connection test needs far less/);
    expect(await server?.floodsStopped()).toBeLessThan(bytes);
  });

  it('long LIST lines (each under every per-line limit) are cut off at the session byte limit', async () => {
    const unit = `* LIST () "/" "${'z'.repeat(60 * 1024)}"\r\n`;
    const bytes = 4 * MAX_SESSION_BYTES;
    const report = await listAnsweredWith((tag) => ({ unit, bytes, tail: [`${tag} OK LIST completed`] }));
    expect(report.error?.code).toBe('NOT_IMAP');
    expect(report.error?.message).toContain(`more than ${MAX_SESSION_BYTES} bytes`);
    expect(report.error?.hint).toMatch(/^A connection test needs far less/);
    expect(await server?.floodsStopped()).toBeLessThan(bytes / 2);
  });
});

describe('what a report keeps of a hostile server', () => {
  it('keeps a bounded greeting and capability list however long the server made them', async () => {
    // Under the 64 KiB greeting limit, so the test goes on and the report is built from what was sent.
    const many = Array.from({ length: 3000 }, (_, index) => `X-CAP${index}`).join(' ');
    server = await startFakeImapServer({
      greeting: `* OK [CAPABILITY IMAP4rev1 ${many}] ${'g'.repeat(10_000)}`,
      capabilities: many.split(' '),
      // No capabilities in the login reply, so the long list stays what imapflow knows.
      script: { LOGIN: ({ tag }) => ({ lines: [`${tag} OK Logged in`] }) },
    });
    const report = await runConnectionTest({
      settings: { server: server.host, port: server.port, encryption: 'notls', validateSsl: false },
      userName: 'scanner',
      password: 'Limits-Secret-1',
      plaintextPasswordAllowed: true,
      timeoutMs: TIMEOUT_MS,
    });
    expect(report.error).toBeUndefined();
    expect(report.server?.greeting.length).toBeLessThanOrEqual(500);
    expect(report.server?.capabilities.length).toBe(REPORT_LIMITS.capabilities);
  });
});
