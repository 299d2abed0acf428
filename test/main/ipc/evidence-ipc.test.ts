import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { startFakeImapServer, type FakeImapServer } from '../../support/fake-imap-server';
import { english } from '../../support/report-text';
import { acknowledgedPlaintextSettings } from '../../support/stored-accounts';
import { createTestServices } from '../../support/test-services';

const PASSWORD = 'Evidence-Canary-Password-4711';
const SECRETS = [PASSWORD, Buffer.from(PASSWORD).toString('base64')];

describe('Save diagnostics and Handover report over IPC (real handlers, a scripted server on loopback)', () => {
  let server: FakeImapServer;
  let directory: string;
  let services: ReturnType<typeof createTestServices>;
  let accountId: string;
  const settings = () => acknowledgedPlaintextSettings(server, 'Invoices <b>Zürich</b>', 'scan');

  beforeAll(async () => {
    // A server that repeats what it got, as a careless or hostile one may: the password reaches the report.
    server = await startFakeImapServer({ greeting: `* OK [CAPABILITY IMAP4rev1] ${PASSWORD} welcome` });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-evidence-'));
    services = createTestServices(directory);
    const saved = await services.accounts.save({ settings: settings(), password: PASSWORD });
    if (!saved.ok) throw new Error(english(saved.error.message));
    accountId = saved.value.account.id;
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const test = () => services.handlers.testConnection({ accountId, settings: settings() });
  const file = (name: string) => path.join(directory, name);

  it('writes neither the stored nor the echoed password into the diagnostics or the handover file (canary)', async () => {
    const reply = await test();
    expect(reply.ok && reply.value.ok).toBe(true);
    // The password is in the store (sealed) and the server said it: neither file may hold it.
    for (const name of ['diagnostics.txt', 'diagnostics.json', 'handover.html']) {
      services.evidenceTarget.path = file(name);
      const saved = name.endsWith('.html')
        ? await services.handlers.saveHandover()
        : await services.handlers.saveDiagnostics();
      expect(saved).toMatchObject({ ok: true, value: { path: file(name) } });
      const text = readFileSync(file(name), 'utf8');
      for (const secret of SECRETS) expect(text, name).not.toContain(secret);
    }
    expect(reply.ok && reply.value.server?.greeting).toBe('* OK [CAPABILITY IMAP4rev1] <redacted> welcome');
    expect(readFileSync(file('diagnostics.txt'), 'utf8')).toContain(
      'Greeting: * OK [CAPABILITY IMAP4rev1] <redacted> welcome',
    );
    expect(JSON.parse(readFileSync(file('diagnostics.json'), 'utf8'))).toMatchObject({
      format: 'mailbox-connect-diagnostics',
      account: { connectionName: 'Invoices <b>Zürich</b>', history: [{ ok: true }] },
      report: { ok: true, server: { greeting: '* OK [CAPABILITY IMAP4rev1] <redacted> welcome' } },
    });
    const html = readFileSync(file('handover.html'), 'utf8');
    expect(html).toContain('Invoices &lt;b&gt;Zürich&lt;/b&gt;');
    expect(html).toContain('stored on this computer (not shown)');
  });

  it('asks main’s save dialog with a suggested name, and a cancelled dialog writes nothing', async () => {
    await test();
    expect(await services.handlers.saveDiagnostics()).toEqual({ ok: true, value: {} });
    expect(await services.handlers.saveHandover()).toEqual({ ok: true, value: {} });
    expect(services.evidenceDialogs).toEqual([
      {
        kind: 'diagnostics',
        suggestedName: expect.stringMatching(/^mailbox-connect-diagnostics-\d{4}-\d\d-\d\d\.txt$/),
      },
      { kind: 'handover', suggestedName: expect.stringMatching(/^mailbox-connect-handover-\d{4}-\d\d-\d\d\.html$/) },
    ]);
    expect(readdirSync(directory)).toEqual(['accounts.json']);
  });

  it('says there is nothing to save before any test, without asking where', async () => {
    const reply = await services.handlers.saveDiagnostics();
    expect(!reply.ok && [reply.error.code, english(reply.error.message)]).toEqual([
      'NOT_FOUND',
      'No connection test has run yet, so there is nothing to save.',
    ]);
    expect(services.evidenceDialogs).toEqual([]);
  });

  it('names the file and why when it cannot be written', async () => {
    services.evidenceTarget.path = file('missing/handover.html');
    const reply = await services.handlers.saveHandover();
    expect(!reply.ok && reply.error.code).toBe('STORAGE');
    expect(!reply.ok && english(reply.error.message)).toBe(
      `The file could not be written to ${file('missing/handover.html')} (ENOENT).`,
    );
    expect(existsSync(file('missing'))).toBe(false);
  });

  it('announces what it saved, and takes no argument from the window (no path, no report)', async () => {
    services.evidenceTarget.path = file('handover.html');
    const reply = await services.handlers.saveHandover();
    expect(reply.ok && english(reply.value.notice)).toBe(
      `Handover report with 1 account saved to ${file('handover.html')}.`,
    );
    for (const method of ['saveDiagnostics', 'saveHandover'] as const) {
      const refused = await dispatch(services.handlers, method, [file('elsewhere.html')]);
      expect(!refused.ok && refused.error.code).toBe('INVALID_ARGUMENT');
    }
    expect(existsSync(file('elsewhere.html'))).toBe(false);
  });
});
