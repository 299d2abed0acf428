import { useEffect, useState } from 'react';
import { helpCommandForKey, isHelpCommandId, type HelpCommandId } from '../../../shared/help-commands';
import { getApi } from '../api';

/**
 * The window's Help: F1 and Help → Help for this page open the help of the page shown; Help →
 * Keyboard shortcuts lists them. On every page, and also while a dialog is open (help about what
 * the user is looking at is never out of place).
 */
export function useHelp() {
  const [open, setOpen] = useState<HelpCommandId>();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = helpCommandForKey(event);
      if (!command) return;
      // Chromium's own F1 does nothing useful here; the key is the app's.
      event.preventDefault();
      setOpen(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = getApi().onMenuCommand((command) => {
      if (isHelpCommandId(command)) setOpen(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, []);
  return { open, show: setOpen, close: () => setOpen(undefined) };
}
