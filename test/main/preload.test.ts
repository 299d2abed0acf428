import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_EVENT_CHANNEL } from '../../src/shared/app-events';
import { API_METHODS, channelOf } from '../../src/shared/ipc-channels';
import { MENU_COMMAND_CHANNEL } from '../../src/shared/menu-commands';
import { fakeElectron, resetFakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});

async function exposedApi(): Promise<Record<string, (...args: unknown[]) => unknown>> {
  vi.resetModules();
  await import('../../src/preload/index');
  const [name, api] = fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    Record<string, (...args: unknown[]) => unknown>,
  ];
  expect(name).toBe('api');
  return api;
}

describe('the preload (mocked electron)', () => {
  afterEach(resetFakeElectron);

  it('exposes one frozen function per contract method and the two subscriptions, nothing else', async () => {
    const api = await exposedApi();
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand', 'onAppEvent'].sort());
    await api.deleteAccount?.('abc');
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('deleteAccount'), 'abc');
  });

  it('passes on only known menu commands, without the event object, and unsubscribes', async () => {
    const api = await exposedApi();
    const listener = vi.fn();
    const stop = api.onMenuCommand?.(listener) as () => void;
    const [[channel, forward]] = fakeElectron.ipcRenderer.on.mock.calls as unknown as [
      [string, (event: unknown, command: unknown) => void],
    ];
    expect(channel).toBe(MENU_COMMAND_CHANNEL);
    forward({ sender: 'ipcRenderer internals' }, 'save');
    forward({}, 'rm -rf');
    expect(listener.mock.calls).toEqual([['save']]);
    stop();
    expect(fakeElectron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, forward);
  });

  it('passes on only well-formed app events, without the event object, and unsubscribes', async () => {
    const api = await exposedApi();
    const listener = vi.fn();
    const stop = api.onAppEvent?.(listener) as () => void;
    const [[channel, forward]] = fakeElectron.ipcRenderer.on.mock.calls as unknown as [
      [string, (event: unknown, appEvent: unknown) => void],
    ];
    expect(channel).toBe(APP_EVENT_CHANNEL);
    const progress = { type: 'testAllProgress', progress: { total: 2, done: 1 } };
    const stage = { type: 'connectionTestStage', stage: 'tls' };
    forward({ sender: 'ipcRenderer internals' }, progress);
    forward({}, stage);
    // An unknown type, a known type without its payload or with a foreign one, a stage that is none, no object.
    forward({}, { type: 'openDevTools' });
    forward({}, { type: 'testAllOutcome', progress: { id: 'x' } });
    forward({}, { type: 'testAllOutcome', outcome: null });
    forward({}, { type: 'connectionTestStage', stage: 'rm -rf' });
    forward({}, { type: 'toString', toString: {} });
    forward({}, 'testAllProgress');
    forward({}, null);
    expect(listener.mock.calls).toEqual([[progress], [stage]]);
    stop();
    expect(fakeElectron.ipcRenderer.removeListener).toHaveBeenCalledWith(APP_EVENT_CHANNEL, forward);
  });
});
