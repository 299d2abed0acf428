import { useCallback, useEffect, useState } from 'react';
import type { AccountView } from '../../../shared/account';
import { getApi } from '../api';

export interface AccountsState {
  accounts: AccountView[];
  loading: boolean;
  loadError?: string;
  reload: () => Promise<void>;
}

export function useAccounts(): AccountsState {
  const [accounts, setAccounts] = useState<AccountView[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string>();

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
