import { useState } from 'react';
import type { AccountView } from '../../../shared/account';
import { message, messageList, pluralMessage, type Message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import type { Announcement } from './useAccountEditor';
import type { AccountsState } from './useAccounts';

export interface DeleteAccounts {
  /** The accounts waiting for the confirmation; none while nothing is asked. */
  pending: readonly AccountView[] | undefined;
  request: (accounts: readonly AccountView[]) => void;
  cancel: () => void;
  confirm: () => Promise<void>;
}

/**
 * Deleting one account (the ribbon, for the open one) or several (the list's selection): asked
 * first, then each deleted in turn. One that fails stops nothing already done and is told with its
 * reason; the list is read again in any case, and the form closes if its account is gone. The
 * message that says so offers Undo (useAccountEditor.undoDelete).
 */
export function useDeleteAccounts(
  accounts: AccountsState,
  editor: { form: { id?: string } | undefined; open: (next: undefined) => void; announce: (a: Announcement) => void },
): DeleteAccounts {
  const [pending, setPending] = useState<readonly AccountView[]>();

  const confirm = async () => {
    const chosen = pending ?? [];
    setPending(undefined);
    const deleted: AccountView[] = [];
    let failure: Message | undefined;
    for (const account of chosen) {
      const reply = await getApi().deleteAccount(account.id);
      if (!reply.ok) {
        failure = reply.error.message;
        break;
      }
      deleted.push(account);
    }
    await accounts.reload();
    if (deleted.some((account) => account.id === editor.form?.id)) editor.open(undefined);
    const done =
      deleted.length === 1 && deleted[0]
        ? message('editor.deleted', { name: deleted[0].connectionName })
        : pluralMessage('editor.deletedMany', deleted.length);
    // What was deleted can be brought back for the session (main keeps it): the message offers Undo.
    const undoDelete = deleted.length > 0 ? { undoDelete: deleted.map((account) => account.id) } : {};
    if (failure)
      editor.announce({
        intent: 'error',
        text: deleted.length ? messageList([done, failure], ' ') : failure,
        ...undoDelete,
      });
    else editor.announce({ intent: 'success', text: done, ...undoDelete });
  };

  return {
    pending,
    request: (chosen) => {
      if (chosen.length > 0) setPending(chosen);
    },
    cancel: () => setPending(undefined),
    confirm,
  };
}
