import { useCallback, useEffect, useState } from 'react';
import type { AccountView } from '../../../shared/account';
import type { Message } from '../../../shared/i18n/message';
import { getApi } from '../api';

export interface AccountsState {
  accounts: AccountView[];
  loading: boolean;
  /** Kept as a message: shown in the language chosen at the time it is on screen. */
  loadError?: Message;
  reload: () => Promise<void>;
}

export function useAccounts(): AccountsState {
  const [accounts, setAccounts] = useState<AccountView[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<Message>();

  const apply = useCallback((reply: Awaited<ReturnType<ReturnType<typeof getApi>['listAccounts']>>) => {
    if (reply.ok) {
      setAccounts(reply.value);
      setLoadError(undefined);
    } else {
      setLoadError(reply.error.message);
    }
    setLoading(false);
  }, []);

  const reload = useCallback(async () => apply(await getApi().listAccounts()), [apply]);

  useEffect(() => {
    let current = true;
    void getApi()
      .listAccounts()
      .then((reply) => {
        if (current) apply(reply);
      });
    return () => {
      current = false;
    };
  }, [apply]);

  return { accounts, loading, reload, ...(loadError ? { loadError } : {}) };
}
