import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StageName } from '../../src/shared/connection-test';
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

const CANARY = 'Stage-Canary-Password-0815';

async function services() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-test-stages-'));
  directories.push(directory);
  return createTestServices(directory);
}

describe('Test connection pushes each stage as it begins (real test against a scripted server)', () => {
  it('in the order the report lists the stages it ran, and nothing else', async () => {
    const server = await startFakeImapServer({ replyDelayMs: 20 });
    servers.push(server);
    const { handlers, events, onAppEvent } = await services();
    // The stage a listener sees while the test runs is the stage the test is in: the server has not answered it yet.
    const receivedAtStage: Partial<Record<StageName, number>> = {};
    onAppEvent((event) => {
      if (event.type === 'connectionTestStage') receivedAtStage[event.stage] = server.received.length;
    });
    const reply = await handlers.testConnection({
      settings: acknowledgedPlaintextSettings(server, 'Branch', 'branch'),
      password: CANARY,
    });
    if (!reply.ok) throw new Error(english(reply.error.message));
    expect(reply.value.ok).toBe(true);

    const ran = reply.value.stages.filter((stage) => stage.status !== 'skipped').map((stage) => stage.name);
    expect(ran).toEqual(['dns', 'tcp', 'greeting', 'auth', 'mailbox', 'logout']);
    expect(events).toEqual(ran.map((stage) => ({ type: 'connectionTestStage', stage })));
    // Pushed while the test ran, not replayed at its end: no LOGIN had reached the server when "auth" began.
    const loginAt = server.received.findIndex((command) => command.name === 'LOGIN');
    expect(loginAt).toBeGreaterThanOrEqual(0);
    expect(receivedAtStage.auth).toBeLessThanOrEqual(loginAt);
    expect(receivedAtStage.logout).toBeLessThan(server.received.length);

    const everything = JSON.stringify(events);
    for (const encoded of [CANARY, Buffer.from(CANARY).toString('base64'), saslPlainResponse('branch', CANARY)])
      expect(everything).not.toContain(encoded);
  });

  it('a window that cannot take the stages (gone, or its send throws) changes nothing about the test', async () => {
    const server = await startFakeImapServer({});
    servers.push(server);
    const { handlers, onAppEvent } = await services();
    onAppEvent(() => {
      throw new Error('Object has been destroyed');
    });
    const reply = await handlers.testConnection({
      settings: acknowledgedPlaintextSettings(server, 'Branch', 'branch'),
      password: CANARY,
    });
    expect(reply).toMatchObject({ ok: true, value: { ok: true } });
    expect(server.received.some((command) => command.name === 'LOGIN')).toBe(true);
  });

  it('a test cancelled with Esc leaves the account’s last real result as it was', async () => {
    const server = await startFakeImapServer({ replyDelayMs: 400 });
    servers.push(server);
    const { handlers, accounts } = await services();
    const settings = acknowledgedPlaintextSettings(server, 'Branch', 'branch');
    const saved = await accounts.save({ settings, password: CANARY });
    if (!saved.ok) throw new Error(english(saved.error.message));
    const { id } = saved.value.account;
    const first = await handlers.testConnection({ accountId: id, settings });
    expect(first).toMatchObject({ ok: true, value: { ok: true } });
    const lastTest = accounts.list()[0]?.lastTest;
    expect(lastTest).toMatchObject({ ok: true });
    const cancelled = handlers.testConnection({ accountId: id, settings });
    await handlers.cancelTest();
    expect(await cancelled).toMatchObject({ ok: true, value: { ok: false, error: { code: 'CANCELLED' } } });
    expect(accounts.list()[0]?.lastTest).toEqual(lastTest);
  });

  it('a failed test pushes the stages up to the one that failed', async () => {
    const server = await startFakeImapServer({
      script: { LOGIN: (command) => ({ lines: [`${command.tag} NO [AUTHENTICATIONFAILED] Authentication failed.`] }) },
    });
    servers.push(server);
    const { handlers, events } = await services();
    const reply = await handlers.testConnection({
      settings: acknowledgedPlaintextSettings(server, 'Branch', 'branch'),
      password: CANARY,
    });
    if (!reply.ok) throw new Error(english(reply.error.message));
    expect(reply.value.error?.code).toBe('AUTH_FAILED');
    expect(events.map((event) => (event.type === 'connectionTestStage' ? event.stage : event.type))).toEqual([
      'dns',
      'tcp',
      'greeting',
      'auth',
    ]);
  });
});
