import { contextBridge, ipcRenderer } from 'electron';
import type { MailboxConnectApi } from '../shared/ipc';
import { API_METHODS, channelOf } from '../shared/ipc-channels';

// Named functions only: the renderer never sees ipcRenderer or a way to pick a channel.
const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as unknown as MailboxConnectApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
