import { contextBridge, ipcRenderer } from 'electron';
import type { MailboxConnectApi } from '../shared/ipc';
import { API_METHODS, channelOf } from '../shared/ipc-channels';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/menu-commands';

// Named functions only: the renderer never sees ipcRenderer, an event object or a way to pick a channel.
const invokers = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
);

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const forward = (_event: unknown, command: unknown): void => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
  return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
}

const api = { ...invokers, onMenuCommand } as unknown as MailboxConnectApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
