import { contextBridge, ipcRenderer } from 'electron';
import { APP_EVENT_CHANNEL, isAppEvent, type AppEvent } from '../shared/app-events';
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

// Progress main pushes (Test all, the running test's stage): filtered like the menu commands.
function onAppEvent(listener: (event: AppEvent) => void): () => void {
  const forward = (_event: unknown, appEvent: unknown): void => {
    if (isAppEvent(appEvent)) listener(appEvent);
  };
  ipcRenderer.on(APP_EVENT_CHANNEL, forward);
  return () => ipcRenderer.removeListener(APP_EVENT_CHANNEL, forward);
}

const api = { ...invokers, onMenuCommand, onAppEvent } as unknown as MailboxConnectApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
