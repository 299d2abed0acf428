import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createTestServices } from '../support/test-services';
import { newAccountDefaults } from '../../src/shared/account';
import type { IpcReply } from '../../src/shared/ipc';
import { TEST_USERS } from '../support/dovecot';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');
// The real password of a Dovecot user, so the canary really travels to the server and back.
const CANARY = TEST_USERS.invoices.password;

/** Every form a password could take on the way out: as typed, base64 (AUTHENTICATE PLAIN), hex, UTF-16. */
/** Every form a password could leak in: as text, JSON-escaped, as the UTF-8 bytes of a file, UTF-16, base64, hex, and the AUTHENTICATE PLAIN blob. */
function encodingsOf(secret: string, user: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    bytes.toString('latin1'),
    bytes.toString('base64'),
    bytes.toString('hex'),
    Buffer.from(secret, 'utf16le').toString('latin1'),
    Buffer.from(`\0${user}\0${secret}`, 'utf8').toString('base64'),
  ];
}

describe('a canary password', () => {
  let directory: string;
  const captured: string[] = [];
  const replies: IpcReply<unknown>[] = [];

  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-canary-'));
    // Everything the process logs while the canary is in use.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void captured.push(args.map(String).join(' ')),
      );
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        captured.push(String(chunk));
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    }
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(directory, { recursive: true, force: true });
  });

  it('never appears in an IPC reply, a log line or a stored file, through every operation', async () => {
    const { handlers, exportTarget, importSource, clipboard, events } = createTestServices(directory);
    const call = async (method: Parameters<typeof dispatch>[1], ...args: unknown[]) => {
      const reply = await dispatch(handlers, method, args);
      replies.push(reply);
      return reply;
    };
    const settings = {
      ...newAccountDefaults(),
      server: 'localhost',
      port: dovecot.imapsPort,
      encryption: 'ssl',
      connectionName: 'Canary',
      emailAddress: TEST_USERS.invoices.user,
      userName: TEST_USERS.invoices.user,
    };

    const saved = await call('saveAccount', { settings, password: CANARY });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const id = (saved.value as { account: { id: string } }).account.id;
    await call('listAccounts');
    await call('getAccount', id);
    await call('duplicateAccount', id);
    await call('getStorageStatus');
    const tested = await call('testConnection', { accountId: id, settings });
    expect(tested.ok && (tested.value as { ok: boolean }).ok).toBe(true);
    const typedIn = await call('testConnection', { settings, password: CANARY });
    expect(typedIn.ok && (typedIn.value as { transcript: string[] }).transcript.length).toBeGreaterThan(0);
    // Copy diagnostics of the report with its transcript; Test all over the saved accounts; detect.
    await call('copyText', JSON.stringify(typedIn.ok ? typedIn.value : {}));
    expect(await call('testAccounts', {})).toMatchObject({ ok: true });
    await call('detectSettings', { server: 'localhost' });
    // Rejected input that carries the password: the rejection must not quote it.
    await call('saveAccount', { settings, password: `${CANARY}\nA001 LOGOUT` });
    await call('saveAccount', { settings, password: CANARY.repeat(300) });
    await call('saveAccount', { id, settings: { ...settings, port: 'x' }, password: CANARY });
    // Exports land in the scanned folder: without a passphrase, and sealed with one; then imported back.
    exportTarget.path = path.join(directory, 'export-plain.json');
    expect(await call('exportAccounts', {})).toMatchObject({ ok: true, value: { accounts: 2, passwords: 0 } });
    exportTarget.path = path.join(directory, 'export-sealed.json');
    const passphrase = 'a long enough passphrase';
    expect(await call('exportAccounts', { passphrase })).toMatchObject({ ok: true, value: { passwords: 1 } });
    importSource.path = exportTarget.path;
    const chosen = await call('chooseImportFile');
    const file = chosen.ok ? (chosen.value as { file: string }).file : '';
    await call('previewImport', { file, passphrase, existing: 'replace' });
    await call('applyImport', { file, passphrase: 'a wrong passphrase!', existing: 'replace' });
    expect(await call('applyImport', { file, passphrase, existing: 'replace' })).toMatchObject({
      ok: true,
      value: { replaced: 1, passwordsStored: 1 },
    });
    await call('deleteAccount', id);

    const files = readdirSync(directory).map((name) => readFileSync(path.join(directory, name), 'latin1'));
    expect(files.length).toBeGreaterThan(0);
    // What main pushed to the window (Test all's progress and outcomes, the test's stages) too.
    expect(events.length).toBeGreaterThan(0);
    const everything = [JSON.stringify(replies), JSON.stringify(events), ...captured, ...clipboard, ...files].join(
      '\n',
    );
    for (const encoded of encodingsOf(CANARY, TEST_USERS.invoices.user)) expect(everything).not.toContain(encoded);
    // The check above is only worth something if the replies are real: they hold the sign-in of the transcript.
    expect(JSON.stringify(replies)).toMatch(/C: \S+ (LOGIN|AUTHENTICATE) /);
  });
});
