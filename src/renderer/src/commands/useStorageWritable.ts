import { useEffect, useState } from 'react';
import { getApi } from '../api';

/**
 * Whether the settings file can be written, as main found it at start (a write-protected stick
 * cannot). Until main answers, and if it cannot, writable is assumed: a save then reports its
 * own error instead of the window blocking commands on a guess.
 */
export function useStorageWritable(): boolean {
  const [writable, setWritable] = useState(true);
  useEffect(() => {
    let current = true;
    getApi()
      .getStorageStatus()
      .then(
        (reply) => {
          if (current && reply.ok) setWritable(reply.value.writable);
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);
  return writable;
}
