import { useCallback, useEffect, useRef } from 'react';
import {
  COMMAND_IDS,
  COMMANDS,
  commandForKey,
  isCommandId,
  type CommandDefinition,
  type CommandId,
  type CommandStates,
} from '../../../shared/commands';
import { getApi } from '../api';
import { availabilityOf, type Availability, type CommandContext } from './availability';

/** One row of the command table as the window uses it: the shared definition, its state now, and what it does. */
export interface CommandEntry {
  id: CommandId;
  definition: CommandDefinition;
  availability: Availability;
  /** Runs the command if it is enabled, and does nothing otherwise (ribbon, menu and keys alike). */
  run: () => void;
  /** Cancel test takes Test connection's place on the ribbon while a test runs. */
  onRibbon: boolean;
}

export type CommandActions = Readonly<Record<CommandId, () => void>>;

/**
 * The renderer's half of the command table: each command's availability (and why not) from
 * `context`, its action, and the three ways to start it: the ribbon (the entries), the application
 * menu (main follows the states reported here) and, while `active`, the keyboard shortcuts.
 */
export function useCommandTable(context: CommandContext, actions: CommandActions, active: boolean): CommandEntry[] {
  const entries = COMMAND_IDS.map((id): CommandEntry => {
    const definition = COMMANDS[id];
    const availability = availabilityOf(id, context);
    const replaced = COMMAND_IDS.find((other) => COMMANDS[other].replaces === id);
    return {
      id,
      definition,
      availability,
      run: () => {
        if (availability.enabled) actions[id]();
      },
      onRibbon: definition.replaces ? context.testing : replaced ? !context.testing : true,
    };
  });

  // Menu and keys run the entry of the latest render, so they see the current state.
  const latest = useRef(entries);
  useEffect(() => {
    latest.current = entries;
  });
  const run = useCallback((id: CommandId) => latest.current.find((entry) => entry.id === id)?.run(), []);

  // Reported when a state changes, not on every render (the form re-renders on each key).
  const reported = JSON.stringify(Object.fromEntries(entries.map((entry) => [entry.id, entry.availability.enabled])));
  useEffect(() => {
    // The menu is only a second way in; a failed report leaves its items as they were.
    getApi()
      .setCommandStates(JSON.parse(reported) as CommandStates)
      .catch(() => undefined);
  }, [reported]);

  // The Help menu's commands are the window's (useHelp), not the account table's.
  useEffect(() => getApi().onMenuCommand((command) => (isCommandId(command) ? run(command) : undefined)), [run]);
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const id = commandForKey(event);
      // Esc belongs to an open dialog or menu first.
      if (!id || (id === 'cancelTest' && event.defaultPrevented)) return;
      // The key is the app's even when the command cannot run now (Ctrl+S never saves the page).
      event.preventDefault();
      run(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, run]);

  return entries;
}
