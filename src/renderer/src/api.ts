import type { MailboxConnectApi } from '../../shared/ipc';

/** The one module that touches window.api, so components stay testable with a stand-in. */
export function getApi(): MailboxConnectApi {
  return window.api;
}
