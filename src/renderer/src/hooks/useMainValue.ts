import { useEffect, useState } from 'react';
import type { IpcReply } from '../../../shared/ipc';

/**
 * A value main answers once (storage notices, app info, the portable status): fetched when the
 * component mounts, never again for a change of language, since what main answers is messages that
 * the component translates itself. Undefined until main answered, or when it could not.
 */
export function useMainValue<T>(fetch: () => Promise<IpcReply<T>>): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let current = true;
    void fetch().then((reply) => {
      if (current && reply.ok) setValue(reply.value);
    });
    return () => {
      current = false;
    };
    // Once per mount: `fetch` is a call to main, not a value that changes what is asked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, setValue];
}
