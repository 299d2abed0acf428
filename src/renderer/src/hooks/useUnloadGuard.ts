import { useEffect } from 'react';

/**
 * While `dirty`, closing the window asks first: the page cancels `beforeunload`, and Electron's
 * main process turns that into a Discard / Keep editing question (window.ts, will-prevent-unload).
 */
export function useUnloadGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium still needs returnValue set to show its own prompt (and to raise will-prevent-unload).
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}
