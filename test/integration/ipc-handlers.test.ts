import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestServices } from '../support/test-services';
import type { AccountsService } from '../../src/core/accounts/accounts-service';
import { newAccountDefaults } from '../../src/shared/account';
import { TEST_USERS } from '../support/dovecot';
import { english } from '../support/report-text';

const dovecot = inject('dovecot');

/** A server that accepts and never greets, counting the connections it gets. */
async function startSilentServer(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let count = 0;
  const server = net.createServer((socket) => {
    count += 1;
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    connections: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('IPC handlers with the real services', () => {
  let directory: string;
  let accounts: AccountsService;
  let services: ReturnType<typeof createTestServices>;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'mc-handlers-'));
    services = createTestServices(directory);
    accounts = services.accounts;
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const settings = {
    ...newAccountDefaults(),
    server: '127.0.0.1',
    port: dovecot.imapPort,
    encryption: 'starttls' as const,
    connectionName: 'Invoices',
    emailAddress: TEST_USERS.invoices.user,
    userName: TEST_USERS.invoices.user,
  };

  it('a second test request while one runs joins it (one connection), and Cancel ends it as CANCELLED', async () => {
    const silent = await startSilentServer();
    try {
      const { handlers } = services;
      const request = { settings: { ...settings, port: silent.port }, password: 'x', timeoutMs: 60_000 };
      const first = handlers.testConnection(request);
      const second = handlers.testConnection(request);
      expect(second).toBe(first);
      await expect.poll(() => silent.connections()).toBe(1);
      await expect(handlers.cancelTest()).resolves.toEqual({ ok: true, value: { cancelled: true } });
      const reply = await first;
      expect(reply.ok && reply.value.error?.code).toBe('CANCELLED');
      expect(silent.connections()).toBe(1);
      await expect(handlers.cancelTest()).resolves.toEqual({ ok: true, value: { cancelled: false } });
    } finally {
      await silent.close();
    }
  });

  it('tests with the stored password, records the result, and asks again after the server changed', async () => {
    const { handlers } = services;
    const saved = await handlers.saveAccount({ settings, password: TEST_USERS.invoices.password });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const id = saved.value.account.id;
    const tested = await handlers.testConnection({ accountId: id, settings });
    expect(tested.ok && tested.value.ok).toBe(true);
    expect(accounts.list()[0]?.lastTest).toMatchObject({ ok: true });
    const moved = await handlers.testConnection({ accountId: id, settings: { ...settings, server: 'localhost' } });
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!moved.ok && english(moved.error.fieldErrors?.password)).toMatch(/again/);
  });

  it('answers NOT_FOUND for an unknown account and a password error when none is given', async () => {
    const { handlers } = services;
    await expect(handlers.testConnection({ accountId: 'missing', settings })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const withoutPassword = await handlers.testConnection({ settings });
    expect(withoutPassword.ok).toBe(false);
    expect(!withoutPassword.ok && english(withoutPassword.error.fieldErrors?.password)).toBe('Enter the password.');
  });

  it('signs in to an Exchange shared mailbox as DOMAIN\\user\\alias, and asks for the password again when the alias changes', async () => {
    const { handlers } = services;
    const shared = {
      ...settings,
      connectionName: 'Shared invoices',
      userName: TEST_USERS.domainUser.user,
      sharedMailboxAlias: 'invoices',
    };
    const saved = await handlers.saveAccount({ settings: shared, password: TEST_USERS.domainUser.password });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const tested = await handlers.testConnection({ accountId: saved.value.account.id, settings: shared });
    expect(tested.ok && tested.value.error).toBeUndefined();
    expect(tested.ok && english(tested.value.stages.find((stage) => stage.name === 'auth')?.detail)).toBe(
      `signed in as ${TEST_USERS.sharedMailbox.user}`,
    );
    expect(tested.ok && tested.value.mailbox?.inbox.messages).toBe(TEST_USERS.sharedMailbox.messages);
    const otherAlias = await handlers.testConnection({
      accountId: saved.value.account.id,
      settings: { ...shared, sharedMailboxAlias: 'credits' },
    });
    expect(otherAlias.ok).toBe(false);
    expect(!otherAlias.ok && english(otherAlias.error.fieldErrors?.password)).toMatch(/again/);
  });
});
