import { useCallback } from 'react';
import type { PortablePasswordsStatus } from '../../../shared/portable';
import { getApi } from '../api';
import { useMainValue } from './useMainValue';

export interface PortableStatusState {
  /** Undefined until main answered (or when it could not): no bar is shown then. */
  status: PortablePasswordsStatus | undefined;
  /** Takes the status a passphrase operation answered, so no second request is needed. */
  apply: (status: PortablePasswordsStatus) => void;
  /** Asks main again: after a failed operation the key file may have turned out damaged. */
  refresh: () => Promise<void>;
}

/** Whether this is a stick and what state its passphrase is in (a damaged key file's problem is a message). */
export function usePortableStatus(): PortableStatusState {
  const [status, setStatus] = useMainValue(() => getApi().getPortableStatus());
  const apply = useCallback((next: PortablePasswordsStatus) => setStatus(next), [setStatus]);
  const refresh = useCallback(async () => {
    const reply = await getApi().getPortableStatus();
    if (reply.ok) setStatus(reply.value);
  }, [setStatus]);
  return { status, apply, refresh };
}
