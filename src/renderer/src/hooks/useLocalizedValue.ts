import { useEffect, useState } from 'react';
import type { IpcReply } from '../../../shared/ipc';
import { useI18n } from '../i18n';

/**
 * A value main describes in words (storage notices, trust sources), fetched on mount and again
 * when the language changes, since main renders those words when asked.
 */
export function useLocalizedValue<T>(fetch: () => Promise<IpcReply<T>>): T | undefined {
  const { locale } = useI18n();
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let current = true;
    void fetch().then((reply) => {
      if (current && reply.ok) setValue(reply.value);
    });
    return () => {
      current = false;
    };
    // `fetch` is a stable API function; the locale is what makes main's answer change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);
  return value;
}
