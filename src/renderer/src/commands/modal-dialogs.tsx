import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** Called by a dialog as it opens; the function it returns is called as it closes. */
type Register = () => () => void;

const ModalDialogsContext = createContext<Register | undefined>(undefined);

/**
 * A modal dialog tells the command table it is open: the application menu and the keyboard
 * shortcuts still reach the window behind it, and must not start a second operation there. Every
 * dialog of the window calls this (a confirmation deep in a report too), so none can be forgotten
 * by the page. Outside a `ModalDialogsProvider` (a dialog tested on its own) it does nothing.
 */
export function useModalDialog(open = true): void {
  const register = useContext(ModalDialogsContext);
  useEffect(() => (open && register ? register() : undefined), [open, register]);
}

/** Puts the page's counter (`useModalDialogs().register`) within reach of the dialogs below it. */
export function ModalDialogsProvider({ register, children }: { register: Register; children: ReactNode }) {
  return <ModalDialogsContext.Provider value={register}>{children}</ModalDialogsContext.Provider>;
}

/** Counts the dialogs that registered below a `ModalDialogsProvider` given `register`. */
export function useModalDialogs(): { anyOpen: boolean; register: Register } {
  const [count, setCount] = useState(0);
  const register = useCallback<Register>(() => {
    setCount((open) => open + 1);
    return () => setCount((open) => open - 1);
  }, []);
  return { anyOpen: count > 0, register };
}
