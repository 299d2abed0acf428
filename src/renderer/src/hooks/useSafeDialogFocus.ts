import { useEffect, useRef, useState } from 'react';

/**
 * The focus of a question whose "yes" cannot be taken back (issue 15, item 6): when it opens, the
 * safe choice has the focus, so Enter on a dialog that appeared under the user's fingers does
 * nothing harmful; when it closes, the focus goes back to where it was (the dialogs are opened by
 * commands, not by a DialogTrigger, so Fluent has nothing to give it back to).
 *
 * Fluent's Dialog focuses its first focusable element in an effect of its own; this hook's
 * effect runs after it (a parent's effects follow its children's), so the safe choice wins.
 */
export function useSafeDialogFocus<T extends HTMLElement>(open: boolean) {
  const safeChoice = useRef<T>(null);
  // Read once, at the first render: by the time effects run, Fluent has moved the focus.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    if (open) safeChoice.current?.focus();
  }, [open]);
  useEffect(
    () => () => {
      // After the unmount: focusing outside while Fluent's modalizer is still active makes it keep
      // the rest of the window aria-hidden.
      setTimeout(() => {
        if (returnTo?.isConnected) returnTo.focus();
      }, 0);
    },
    [returnTo],
  );
  return safeChoice;
}
