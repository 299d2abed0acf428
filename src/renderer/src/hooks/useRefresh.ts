import { message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import { formFromAccount, type AccountFormState } from '../form-state';
import type { Announcement } from './useAccountEditor';
import type { AccountsState } from './useAccounts';

interface Editor {
  form: AccountFormState | undefined;
  dirty: boolean;
  open: (next: AccountFormState | undefined) => void;
  announce: (announcement: Announcement) => void;
}

/**
 * Reads the accounts again from main (F5, or after an import): the list, and the open account
 * unless it has unsaved edits, which are never thrown away by a refresh. An account unchanged on
 * disk stays open as it is, with its test report; one deleted meanwhile closes.
 */
export function useRefresh(accounts: AccountsState, editor: Editor): () => Promise<void> {
  return async () => {
    await accounts.reload();
    const { form } = editor;
    if (!form?.id) return;
    if (editor.dirty) {
      editor.announce({ intent: 'info', text: message('editor.refreshKept', { name: form.connectionName }) });
      return;
    }
    const reply = await getApi().getAccount(form.id);
    const stored = reply.ok ? formFromAccount(reply.value) : undefined;
    if (JSON.stringify(stored) !== JSON.stringify(form)) editor.open(stored);
  };
}
