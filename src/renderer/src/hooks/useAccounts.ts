import { useCallback, useEffect, useState } from 'react';
import type { AccountView } from '../../../shared/account';
import type { Message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import { takeInitialAccounts, type ListReply } from '../initial-accounts';

export interface AccountsState {
  accounts: AccountView[];
  loading: boolean;
  /** Kept as a message: shown in the language chosen at the time it is on screen. */
  loadError?: Message;
  reload: () => Promise<void>;
}

export function useAccounts(): AccountsState {
  // The start-up request (main.tsx) is usually answered before the first frame: then that frame
  // shows the list, with no second render of the page for it.
  const [initial] = useState(takeInitialAccounts);
  const arrived = initial && 'arrived' in initial ? initial.arrived : undefined;
  const [accounts, setAccounts] = useState<AccountView[]>(arrived?.ok ? arrived.value : []);
  const [loading, setLoading] = useState(arrived === undefined);
  const [loadError, setLoadError] = useState<Message | undefined>(
    arrived && !arrived.ok ? arrived.error.message : undefined,
  );

  const apply = useCallback((reply: ListReply) => {
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
    if (initial && 'arrived' in initial) return;
    let current = true;
    void (initial?.pending ?? getApi().listAccounts()).then((reply) => {
      if (current) apply(reply);
    });
    return () => {
      current = false;
    };
  }, [apply, initial]);

  return { accounts, loading, reload, ...(loadError ? { loadError } : {}) };
}
