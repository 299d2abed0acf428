/// <reference types="vite/client" />
import type { MailboxConnectApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the preload: the only way the renderer reaches the main process. */
    readonly api: MailboxConnectApi;
  }
}
