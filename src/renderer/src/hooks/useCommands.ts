import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/menu-commands';
import { getApi } from '../api';

/** Keyboard shortcuts of the ribbon's commands (shown in the application menu, handled here). */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): MenuCommand | undefined {
  const control = event.ctrlKey || event.metaKey;
  if (event.altKey || event.shiftKey) return undefined;
  const key = event.key.toLowerCase();
  if (control && key === 'n') return 'newAccount';
  if (control && key === 's') return 'save';
  if ((control && key === 't') || (!control && key === 'f5')) return 'testConnection';
  if (!control && key === 'escape') return 'cancelTest';
  return undefined;
}

/**
 * Runs `run` for each command from the application menu and, while `active`, for each shortcut
 * key. The latest `run` is always used, so it may close over the current state.
 */
export function useCommands(active: boolean, run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => getApi().onMenuCommand((command) => latest.current(command)), []);
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      // Esc belongs to an open dialog or menu first.
      if (!command || (command === 'cancelTest' && event.defaultPrevented)) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
