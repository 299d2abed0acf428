import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../../src/renderer/src/commands/availability';
import { useCommandTable, type CommandActions } from '../../../src/renderer/src/commands/useCommandTable';
import { Ribbon } from '../../../src/renderer/src/components/Ribbon';
import { COMMAND_IDS, COMMANDS, type CommandId, type CommandStates } from '../../../src/shared/commands';
import { translate } from '../../../src/shared/i18n';
import { installFakeApi } from '../../support/fake-window-api';
import type { MailboxConnectApi } from '../../../src/shared/ipc';
import { renderWithProviders } from '../../support/render-with-providers';
import { idleCommandContext } from '../../support/command-context';
import { everyRibbonButton } from '../../support/ribbon-tabs';
import { HELP_COMMAND_IDS } from '../../../src/shared/help-commands';

afterEach(cleanup);

/** A state in which every command can run (Cancel test too, as a test is running). */
const everythingPossible = (testing: boolean): CommandContext => idleCommandContext({ testing });

/** The ribbon and keys of an idle (or testing) window; `edited` for what needs unsaved edits (Revert). */
function Surfaces({ testing, actions, edited }: { testing: boolean; actions: CommandActions; edited?: true }) {
  const context = { ...everythingPossible(testing), ...(edited ? { dirty: true } : {}) };
  return <Ribbon commands={useCommandTable(context, actions, true)} />;
}

/**
 * Renders, then waits for the table's effects: the ribbon's text is on screen a moment before React
 * runs the effects that report states and listen for keys (in that order, in one go).
 */
async function rendered(ui: ReactElement, readyText = 'Home'): Promise<void> {
  const setCommandStates = vi.fn<MailboxConnectApi['setCommandStates']>(async (states) => ({
    ok: true,
    value: states,
  }));
  installFakeApi({ setCommandStates });
  await renderWithProviders(ui, readyText);
  await waitFor(() => expect(setCommandStates).toHaveBeenCalled());
}

/** The ribbon's buttons: command id → the shortcuts it announces (aria-keyshortcuts). */
async function ribbonShortcuts(testing: boolean, actions: CommandActions): Promise<Map<string, string[]>> {
  await rendered(<Surfaces testing={testing} actions={actions} />);
  const shown = new Map<string, string[]>();
  everyRibbonButton((button) => {
    const id = button.getAttribute('data-command');
    if (id) shown.set(id, (button.getAttribute('aria-keyshortcuts') ?? '').split(' ').filter(Boolean));
  });
  return shown;
}

/** aria-keyshortcuts' notation read independently of the table: Control+N → the menu's CmdOrCtrl+N and a key event. */
function parse(shortcut: string): { accelerator: string; event: KeyboardEventInit } {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const control = parts.includes('Control');
  const menuKey = key === 'Escape' ? 'Esc' : key;
  return {
    accelerator: control ? `CmdOrCtrl+${menuKey}` : menuKey,
    event: { key: key.length === 1 ? key.toLowerCase() : key, ctrlKey: control, cancelable: true },
  };
}

/** The part of an Electron menu item this test reads. */
interface MenuItem {
  id?: string;
  accelerator?: string;
  submenu?: MenuItem[];
}

/**
 * Main's application menu, built by main's own code. Imported by a computed path: this file is
 * type-checked with the renderer's project, which does not take main's sources (nor Electron's types).
 */
async function menuCommands(): Promise<Map<string, string | undefined>> {
  const menuModule = '../../../src/main/menu';
  const { menuTemplate } = (await import(/* @vite-ignore */ menuModule)) as {
    menuTemplate: (options: {
      send: () => void;
      showAbout: () => void;
      developerTools: boolean;
      states: CommandStates;
    }) => MenuItem[];
  };
  const all = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  const states = Object.fromEntries(COMMAND_IDS.map((id) => [id, true])) as CommandStates;
  const template = menuTemplate({ send: vi.fn(), showAbout: vi.fn(), developerTools: false, states });
  return new Map(
    all(template)
      .filter((item) => item.id !== undefined)
      .map((item) => [item.id as string, item.accelerator]),
  );
}

function spyActions(): { actions: CommandActions; ran: CommandId[] } {
  const ran: CommandId[] = [];
  const actions = Object.fromEntries(COMMAND_IDS.map((id) => [id, () => void ran.push(id)])) as CommandActions;
  return { actions, ran };
}

describe('one command table behind ribbon, menu and keyboard', () => {
  it('puts every command on all three surfaces, with the same shortcuts', async () => {
    const menu = await menuCommands();
    const { actions, ran } = spyActions();
    const ribbon = new Map<string, string[]>();
    // Test connection and Cancel test share a place on the ribbon: one shows while idle, the other while testing.
    for (const testing of [false, true]) {
      const shown = await ribbonShortcuts(testing, actions);
      expect(shown.has(testing ? 'testConnection' : 'cancelTest')).toBe(false);
      for (const [id, shortcuts] of shown) {
        ribbon.set(id, shortcuts);
        // The menu shows the first shortcut the ribbon announces (Electron draws one per item).
        expect(menu.get(id), id).toBe(shortcuts[0] ? parse(shortcuts[0]).accelerator : undefined);
        // Each announced shortcut runs that command, and only it.
        for (const shortcut of shortcuts) {
          ran.length = 0;
          fireEvent.keyDown(window, parse(shortcut).event);
          expect(ran, `${shortcut} runs ${id}`).toEqual([id]);
        }
      }
      cleanup();
    }
    expect([...ribbon.keys()].sort()).toEqual([...COMMAND_IDS].sort());
    // The menu has the account commands, and the Help menu's own (the window's, not the ribbon's).
    expect([...menu.keys()].sort()).toEqual([...COMMAND_IDS, ...HELP_COMMAND_IDS].sort());
    // The shortcuts the seed had, still there.
    expect(Object.fromEntries([...ribbon].filter(([, keys]) => keys.length > 0))).toEqual({
      newAccount: ['Control+N'],
      save: ['Control+S'],
      refresh: ['F5'],
      testConnection: ['Control+T'],
      cancelTest: ['Escape'],
    });
  });

  it('runs nothing for a key no command announces, nor for a shortcut with Shift or Alt added', async () => {
    const { actions, ran } = spyActions();
    await rendered(<Surfaces testing={false} actions={actions} />);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true, altKey: true });
    fireEvent.keyDown(window, { key: 's' });
    fireEvent.keyDown(window, { key: 'F6' });
    expect(ran).toEqual([]);
    fireEvent.keyDown(window, { key: 'S', ctrlKey: true });
    expect(ran).toEqual(['save']);
  });
});

/** What a screen reader reads after the button's name: Fluent's Tooltip as its description. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the shortcut in each tooltip', () => {
  afterEach(() => window.localStorage.clear());

  it.each([
    [
      'en',
      {
        newAccount: 'Start a new IMAP account (Ctrl+N)',
        save: 'Save the account; no connection is needed (Ctrl+S)',
        refresh: 'Read the account list again, and the open account unless it has unsaved changes (F5)',
        testConnection: 'Connect, sign in and read INBOX with these settings (Ctrl+T)',
        cancelTest: 'Stop the running test (Esc)',
      },
    ],
    [
      'de',
      {
        newAccount: 'Ein neues IMAP-Konto anlegen (Strg+N)',
        save: 'Das Konto speichern; dafür ist keine Verbindung nötig (Strg+S)',
        refresh:
          'Die Kontenliste neu einlesen, dazu das geöffnete Konto, sofern es keine nicht gespeicherten Änderungen hat (F5)',
        testConnection: 'Mit diesen Einstellungen verbinden, anmelden und den Posteingang (INBOX) lesen (Strg+T)',
        cancelTest: 'Den laufenden Test beenden (Esc)',
      },
    ],
  ] as const)('comes from the table, in the window’s language (%s)', async (locale, withShortcut) => {
    window.localStorage.setItem('mailbox-connect.locale', locale);
    const { actions } = spyActions();
    const tooltips = new Map<string, string>();
    for (const [testing, edited] of [[false], [true], [false, true]] as const) {
      await rendered(
        <Surfaces testing={testing} actions={actions} {...(edited ? { edited } : {})} />,
        translate(locale, 'ribbon.home'),
      );
      everyRibbonButton((button) => {
        const id = button.getAttribute('data-command') as CommandId | null;
        // Each as it shows while it can run: Cancel test while testing, Revert with edits, the others while idle.
        if (!id || tooltips.has(id) || button.getAttribute('aria-disabled') === 'true') return;
        button.focus();
        tooltips.set(id, descriptionOf(button).trim());
      });
      cleanup();
    }
    expect(Object.fromEntries(tooltips)).toEqual({
      ...Object.fromEntries(COMMAND_IDS.map((id) => [id, translate(locale, COMMANDS[id].tooltip)])),
      ...withShortcut,
    });
  });
});
