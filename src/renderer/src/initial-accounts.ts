import type { MailboxConnectApi } from '../../shared/ipc';
import { getApi } from './api';

export type ListReply = Awaited<ReturnType<MailboxConnectApi['listAccounts']>>;

/** The start-up list: its reply if it is here already, else the request still on its way. */
export type InitialAccounts = { arrived: ListReply } | { pending: Promise<ListReply> };

let initial: InitialAccounts | undefined;

/**
 * Asks main for the account list as the window starts, before the app's code has arrived: with a
 * thousand accounts the answer travels while the code loads and compiles, and the first frame can
 * already show it (issue 15, Fast). Nothing can change the list before the page shows it.
 */
export function requestInitialAccounts(): void {
  const pending = getApi().listAccounts();
  initial = { pending };
  void pending.then((reply) => {
    if (initial && 'pending' in initial && initial.pending === pending) initial = { arrived: reply };
  });
}

/** The list asked for at start-up, once; later loads ask main again. */
export function takeInitialAccounts(): InitialAccounts | undefined {
  const taken = initial;
  initial = undefined;
  return taken;
}
