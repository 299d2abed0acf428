import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function whose identity never changes but that always runs the latest `callback`: memoized
 * children (a thousand account rows) then do not re-render on every keystroke in the form.
 */
export function useStableCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
