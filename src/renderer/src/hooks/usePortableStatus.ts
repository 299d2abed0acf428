import { useCallback, useEffect, useState } from 'react';
import type { PortablePasswordsStatus } from '../../../shared/portable';
import { getApi } from '../api';
import { useI18n } from '../i18n';

export interface PortableStatusState {
  /** Undefined until main answered (or when it could not): no bar is shown then. */
  status: PortablePasswordsStatus | undefined;
  /** Takes the status a passphrase operation answered, so no second request is needed. */
  apply: (status: PortablePasswordsStatus) => void;
  /** Asks main again: after a failed operation the key file may have turned out damaged. */
  refresh: () => Promise<void>;
}

/**
 * Whether this is a stick and what state its passphrase is in. Asked again when the language
 * changes: a damaged key file's `problem` is worded by main in the language current when asked.
 */
export function usePortableStatus(): PortableStatusState {
  const { locale } = useI18n();
  const [status, setStatus] = useState<PortablePasswordsStatus>();
  useEffect(() => {
    let current = true;
    void getApi()
      .getPortableStatus()
      .then((reply) => {
        if (current && reply.ok) setStatus(reply.value);
      });
    return () => {
      current = false;
    };
  }, [locale]);
  const apply = useCallback((next: PortablePasswordsStatus) => setStatus(next), []);
  const refresh = useCallback(async () => {
    const reply = await getApi().getPortableStatus();
    if (reply.ok) setStatus(reply.value);
  }, []);
  return { status, apply, refresh };
}
