import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { createIpcHandlers } from '../../../src/main/ipc/handlers';
import { openAccountsFile } from '../../../src/core/accounts/accounts-file';
import { collectAppInfo } from '../../../src/core/app-info';
import { createCore, type Core } from '../../../src/core/create-core';
import { newAccountDefaults } from '../../../src/shared/account';
import type { IpcReply } from '../../../src/shared/ipc';
import { createAesTestCipher } from '../../support/aes-test-cipher';
import { ChromiumMachine } from '../../support/chromium-machine';
import { credentialTraces } from '../../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../../support/fake-imap-server';
import { CHEAP_SCRYPT, startPortableRun } from '../../support/portable-run';
import { english } from '../../support/report-text';

const PASSPHRASE = 'correct horse battery staple';
const USER = 'scanner@contoso.local';
const PASSWORD = 'Portable-Locked-Canary-7321';

/** A reply as the window's English reader sees it: errors carry messages, these tests assert the words. */
function inEnglish<T>(reply: IpcReply<T>) {
  return reply.ok ? reply : { ok: false as const, error: { ...reply.error, message: english(reply.error.message) } };
}

function handlersOver(core: Core) {
  return createIpcHandlers({
    core,
    storageStatus: { filePath: 'accounts.json', writable: true, notices: [] },
    appInfo: () => collectAppInfo('0.0.0-test'),
    writeClipboard: () => undefined,
    chooseExportPath: async () => undefined,
    chooseEvidencePath: async () => undefined,
    chooseImportPath: async () => undefined,
    chooseClientCertificatePath: async () => undefined,
    emit: () => undefined,
  });
}

describe('portable passwords over IPC', () => {
  let root: string;
  let data: string;
  let profile: string;
  let machine: ChromiumMachine;
  let server: FakeImapServer;
  beforeEach(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-portable-ipc-'));
    data = path.join(root, 'data');
    profile = path.join(root, 'profile');
    mkdirSync(data);
    machine = new ChromiumMachine('office');
    server = await startFakeImapServer({ capabilities: ['AUTH=PLAIN'] });
  });
  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const start = async () => {
    const run = await startPortableRun(data, profile, machine.start(profile), { cost: CHEAP_SCRYPT });
    return { ...run, handlers: handlersOver(run.core) };
  };
  const settings = {
    ...newAccountDefaults(),
    server: '127.0.0.1',
    encryption: 'notls' as const,
    insecureAcknowledged: true,
    validateSsl: false,
    connectionName: 'Branch',
    emailAddress: 'scan@example.test',
    userName: USER,
  };

  it('refuses to test a locked stored password, asking to unlock, before any connection; unlocked, it signs in', async () => {
    const office = await start();
    await expect(dispatch(office.handlers, 'getPortableStatus', [])).resolves.toEqual({
      ok: true,
      value: { portable: true, state: 'not-set' },
    });
    expect(await dispatch(office.handlers, 'setPortablePassphrase', [{ passphrase: PASSPHRASE }])).toMatchObject({
      ok: true,
      value: { status: { state: 'unlocked', remembered: false } },
    });
    const saved = await office.handlers.saveAccount({
      settings: { ...settings, port: server.port },
      password: PASSWORD,
    });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const id = saved.value.account.id;

    const { handlers } = await start();
    await expect(handlers.listAccounts()).resolves.toMatchObject({
      ok: true,
      value: [{ id, hasPassword: true, passwordLocked: true, passwordNeedsReentry: false }],
    });
    const request = { accountId: id, settings: { ...settings, port: server.port } };
    expect(inEnglish(await handlers.testConnection(request))).toEqual({
      ok: false,
      error: {
        code: 'PASSWORDS_LOCKED',
        message: 'The stored password is locked: enter the portable passphrase to unlock the passwords on this stick.',
      },
    });
    const all = await handlers.testAccounts({});
    expect(all.ok && all.value.outcomes.map((outcome) => ({ ...outcome, skipped: english(outcome.skipped) }))).toEqual([
      expect.objectContaining({ id, skipped: expect.stringMatching(/^The stored password is locked/) }),
    ]);
    expect(server.connections()).toBe(0);
    // Nothing was recorded against the account either: the refusal is not a test result.
    const untested = await handlers.getAccount(id);
    expect(untested.ok).toBe(true);
    expect(untested.ok && 'lastTest' in untested.value).toBe(false);

    expect(await dispatch(handlers, 'unlockPortable', [{ passphrase: PASSPHRASE, remember: false }])).toMatchObject({
      ok: true,
    });
    const tested = await handlers.testConnection(request);
    expect(tested.ok && tested.value.ok).toBe(true);
    expect(credentialTraces(server, USER, PASSWORD)).toContain('the AUTHENTICATE PLAIN response');
  });

  it('validates the arguments of the passphrase methods', async () => {
    const { handlers } = await start();
    for (const [method, args] of [
      ['unlockPortable', [{ passphrase: PASSPHRASE, remember: 'yes' }]],
      ['unlockPortable', [{ passphrase: PASSPHRASE, extra: true }]],
      ['unlockPortable', [{ passphrase: 42 }]],
      ['setPortablePassphrase', [{ passphrase: 'x'.repeat(64 * 1024 + 1) }]],
      ['changePortablePassphrase', [{ oldPassphrase: PASSPHRASE }]],
      ['forgetPortableKey', [true]],
      ['getPortableStatus', [{}]],
    ] as const) {
      await expect(
        dispatch(handlers, method, [...args]),
        `${method} ${JSON.stringify(args).slice(0, 80)}`,
      ).resolves.toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    // Longer than the passphrase's limit, yet within the wire's: main says why in words.
    expect(inEnglish(await dispatch(handlers, 'setPortablePassphrase', [{ passphrase: 'x'.repeat(5000) }]))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'The passphrase is longer than 1024 characters.' },
    });
  });

  it('in the installed app says there is no portable passphrase', async () => {
    const core = createCore({
      storage: openAccountsFile(data),
      machineCipher: createAesTestCipher(),
      application: 'Mailbox Connect 0.0.0-test',
    });
    const handlers = handlersOver(core);
    await expect(handlers.getPortableStatus()).resolves.toEqual({ ok: true, value: { portable: false } });
    for (const reply of [
      await handlers.setPortablePassphrase({ passphrase: PASSPHRASE }),
      await handlers.unlockPortable({ passphrase: PASSPHRASE }),
      await handlers.changePortablePassphrase({ oldPassphrase: PASSPHRASE, newPassphrase: `${PASSPHRASE}!` }),
      await handlers.forgetPortableKey(),
    ]) {
      expect(inEnglish(reply)).toEqual({
        ok: false,
        error: { code: 'NOT_PORTABLE', message: expect.stringMatching(/installed app/) },
      });
    }
  });
});
