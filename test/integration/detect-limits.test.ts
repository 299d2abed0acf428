import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectSettings } from '../../src/core/detect/detect-settings';
import { MAX_LINE_BYTES } from '../../src/core/detect/line-reader';
import { MAX_PROBE_BYTES, MAX_UNTAGGED_LINES, probe } from '../../src/core/detect/probe';
import { REPORT_LIMITS } from '../../src/shared/connection-test';
import type { ProbeResult } from '../../src/shared/detection';
import { startFakeImapServer, type FakeImapServer, type Flood } from '../support/fake-imap-server';
import { freePort } from '../support/free-port';
import { english } from '../support/report-text';

const MiB = 1024 * 1024;

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server whose greeting names no capabilities, so the probe must ask, and whose CAPABILITY answer floods. */
async function capabilityAnsweredWith(flood: (tag: string) => Flood): Promise<FakeImapServer> {
  server = await startFakeImapServer({
    greeting: '* OK Fake IMAP ready',
    script: { CAPABILITY: ({ tag }) => ({ flood: flood(tag) }) },
  });
  return server;
}

async function probePlain(fake: FakeImapServer): Promise<ProbeResult> {
  const deadline = new AbortController();
  try {
    return await probe('none', { server: fake.host, address: fake.host, port: fake.port, signal: deadline.signal });
  } finally {
    deadline.abort();
  }
}

describe('detect against servers that send too much', () => {
  it('endless untagged lines end every plain probe as NOT_IMAP at the line count, not at the deadline', async () => {
    const bytes = 64 * MiB;
    const fake = await capabilityAnsweredWith((tag) => ({ unit: '* OK still here\r\n', bytes, tail: [`${tag} OK`] }));
    const report = await detectSettings({
      server: fake.host,
      ports: { implicitTls: await freePort(), plain: fake.port },
      timeoutMs: 30_000,
    });
    for (const option of ['starttls', 'none'] as const) {
      const result = report.probes.find((candidate) => candidate.option === option);
      expect(result?.error?.code).toBe('NOT_IMAP');
      expect(english(result?.error?.message)).toContain(`more than ${MAX_UNTAGGED_LINES} lines`);
    }
    expect(report.proposal).toBeUndefined();
    expect(await fake.floodsStopped()).toBeLessThan(bytes / 4);
  });

  it('a multi-MB CAPABILITY line ends the probe as NOT_IMAP at the line limit', async () => {
    const bytes = 8 * MiB;
    const fake = await capabilityAnsweredWith((tag) => ({
      head: '* CAPABILITY IMAP4rev1',
      unit: ' X-FILLER',
      bytes,
      tail: ['', `${tag} OK`],
    }));
    const result = await probePlain(fake);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('NOT_IMAP');
    expect(english(result.error?.message)).toContain(`longer than ${MAX_LINE_BYTES} bytes`);
    expect(result.capabilities).toBeUndefined();
    expect(await fake.floodsStopped()).toBeLessThan(bytes / 2);
  });

  it('long lines below the line and count limits end the probe as NOT_IMAP at the byte budget', async () => {
    // 20 lines of 60 KiB: each line and their count are allowed, together they pass the budget.
    const unit = `* OK ${'w'.repeat(60 * 1024)}\r\n`;
    const fake = await capabilityAnsweredWith((tag) => ({
      unit,
      bytes: 20 * unit.length,
      tail: ['* CAPABILITY IMAP4rev1', `${tag} OK`],
    }));
    const result = await probePlain(fake);
    expect(result.error?.code).toBe('NOT_IMAP');
    expect(english(result.error?.message)).toContain(`more than ${MAX_PROBE_BYTES} bytes`);
  });

  it('a server that keeps talking after LOGOUT is cut off, not read on after the probe', async () => {
    const bytes = 64 * MiB;
    server = await startFakeImapServer({
      allowHalfOpen: true,
      script: { LOGOUT: () => ({ flood: { unit: '* OK still here\r\n', bytes } }) },
    });
    const fake = server;
    // Through detectSettings: its deadline ends with the detection, so only the probe can stop reading.
    const report = await detectSettings({
      server: fake.host,
      ports: { implicitTls: await freePort(), plain: fake.port },
      timeoutMs: 30_000,
    });
    expect(report.probes.find((candidate) => candidate.option === 'none')?.ok).toBe(true);
    expect(report.probes.find((candidate) => candidate.option === 'starttls')?.error?.code).toBe(
      'STARTTLS_UNAVAILABLE',
    );
    // The probes do not wait for LOGOUT's answer; the floods start once the server has read both.
    await vi.waitFor(() => expect(fake.received.filter((command) => command.name === 'LOGOUT')).toHaveLength(2), {
      timeout: 10_000,
    });
    expect(await fake.floodsStopped()).toBeLessThan(bytes / 4);
  });
});

describe('what a detection report keeps of a talkative server', () => {
  it('a long greeting and thousands of capabilities are cut to what a report keeps', async () => {
    const many = Array.from({ length: 3_000 }, (_, index) => `X-CAP${index}`);
    server = await startFakeImapServer({ greeting: `* OK ${'Exchange '.repeat(4_000)}`, capabilities: many });
    const result = await probePlain(server);
    expect(result.ok).toBe(true);
    expect(result.greeting?.length).toBe(REPORT_LIMITS.greetingChars);
    expect(result.capabilities).toHaveLength(REPORT_LIMITS.capabilities);
    expect(result.capabilities?.[0]).toBe('IMAP4rev1');
  });
});
