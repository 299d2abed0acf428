import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { literal } from '../../shared/i18n/message';
import type { IpcHandlers, IpcReply } from '../../shared/ipc';
import { API_METHODS, channelOf } from '../../shared/ipc-channels';
import { dispatch } from './dispatch';

/** True when the message comes from the app's own main frame and origin. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function createSenderCheck(isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  };
}

/** Registers one ipcMain handler per contract method; nothing else in the app touches ipcMain. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: SenderCheck,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        // Never shown in the app window (it is not the one asking): a developer's words, in English.
        const refused: IpcReply<never> = {
          ok: false,
          error: { code: 'FORBIDDEN', message: literal(`${method}: the request did not come from the app window.`) },
        };
        return refused;
      }
      return dispatch(handlers, method, args);
    });
  }
}
