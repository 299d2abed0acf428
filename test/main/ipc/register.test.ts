import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcHandlers, IpcReply } from '../../../src/shared/ipc';
import { API_METHODS, channelOf } from '../../../src/shared/ipc-channels';
import { fakeElectron, resetFakeElectron } from '../../support/fake-electron';
import { english } from '../../support/report-text';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});
const { createSenderCheck, registerIpc } = await import('../../../src/main/ipc/register');

const APP_URL = 'file:///app/out/renderer/index.html';

function handlersRecording(calls: string[]): IpcHandlers {
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => (calls.push(method), { ok: true, value: args }),
    ]),
  ) as unknown as IpcHandlers;
}

function eventFrom(frame: { url: string } | null, mainFrame?: { url: string }) {
  return { senderFrame: frame, sender: { mainFrame: mainFrame ?? frame } };
}

describe('IPC registration (mocked electron)', () => {
  afterEach(resetFakeElectron);

  const register = (calls: string[]) =>
    registerIpc(
      fakeElectron.ipcMain as never,
      handlersRecording(calls),
      createSenderCheck((url) => url === APP_URL),
    );
  // ipcMain.handle resolves whatever a handler returns, value or promise: so does this.
  const invoke = async (method: (typeof API_METHODS)[number], event: unknown, ...args: unknown[]) =>
    fakeElectron.ipcMain.handlers.get(channelOf(method))?.(event, ...args);

  it('registers exactly one handler per method of the contract, and nothing else', () => {
    register([]);
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answers only the app’s own main frame', async () => {
    const calls: string[] = [];
    register(calls);
    const appFrame = { url: APP_URL };
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    const refused = (await invoke('deleteAccount', eventFrom(null), 'abc')) as IpcReply<never>;
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.anything() } });
    expect(english(refused.ok ? undefined : refused.error.message)).toBe(
      'deleteAccount: the request did not come from the app window.',
    );
    await expect(invoke('listAccounts', eventFrom(null))).resolves.toMatchObject(forbidden);
    // An iframe carrying the app's URL is still not the main frame.
    await expect(invoke('listAccounts', eventFrom({ url: APP_URL }, appFrame))).resolves.toMatchObject(forbidden);
    await expect(invoke('listAccounts', eventFrom({ url: 'https://evil.example/' }))).resolves.toMatchObject(forbidden);
    expect(calls).toEqual([]);
    await expect(invoke('listAccounts', eventFrom(appFrame))).resolves.toEqual({ ok: true, value: [] });
    expect(calls).toEqual(['listAccounts']);
  });

  it('validates arguments before any handler runs, without crashing on hostile input', async () => {
    const calls: string[] = [];
    register(calls);
    const event = eventFrom({ url: APP_URL });
    const invalid = { ok: false, error: { code: 'INVALID_ARGUMENT' } };
    await expect(invoke('deleteAccount', event, 42)).resolves.toMatchObject(invalid);
    await expect(invoke('deleteAccount', event, 'x'.repeat(300_000))).resolves.toMatchObject(invalid);
    await expect(
      invoke('saveAccount', event, JSON.parse('{"settings":{"__proto__":{"admin":true}}}')),
    ).resolves.toMatchObject(invalid);
    await expect(invoke('listAccounts', event, 'unexpected')).resolves.toMatchObject(invalid);
    expect(calls).toEqual([]);
  });

  it('does not compile without a handler for every method', () => {
    const { listAccounts: _left, ...withoutOne } = handlersRecording([]);
    // @ts-expect-error listAccounts is missing: the mapped IpcHandlers type requires every method.
    const incomplete: IpcHandlers = withoutOne;
    expect(Object.keys(incomplete)).not.toContain('listAccounts');
  });
});
