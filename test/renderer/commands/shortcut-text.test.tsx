import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCommandTable, type CommandActions } from '../../../src/renderer/src/commands/useCommandTable';
import { Ribbon } from '../../../src/renderer/src/components/Ribbon';
import * as table from '../../../src/shared/commands';
import { CATALOGUES, LOCALES, translate } from '../../../src/shared/i18n';
import type { MailboxConnectApi } from '../../../src/shared/ipc';
import { installFakeApi } from '../../support/fake-window-api';
import { renderWithProviders } from '../../support/render-with-providers';
import { idleCommandContext } from '../../support/command-context';

// The table as it would be after someone moved Save from Ctrl+S to Ctrl+T: every place that shows
// Save's shortcut must follow, without a catalogue text being touched.
vi.mock('../../../src/shared/commands', async (importOriginal) => {
  const original = await importOriginal<typeof table>();
  return {
    ...original,
    COMMANDS: { ...original.COMMANDS, save: { ...original.COMMANDS.save, shortcuts: [{ key: 'T', control: true }] } },
  };
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const idle = idleCommandContext();

const nothing = Object.fromEntries(table.COMMAND_IDS.map((id) => [id, () => undefined])) as CommandActions;

function Surfaces() {
  return <Ribbon commands={useCommandTable(idle, nothing, true)} />;
}

/** What a screen reader reads after the button's name: Fluent's Tooltip as its description. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** A shortcut spelled out: a modifier and a plus, a function key or Esc, in either language. */
const SPELLED_SHORTCUT = /\b(Ctrl|Strg|Cmd|Alt|Shift|Umschalt)\s*\+|\bF\d{1,2}\b|\bEsc(ape)?\b/i;

describe('shortcuts shown from the command table', () => {
  it.each(LOCALES)('are spelled by no tooltip text of the catalogue (%s)', (locale) => {
    const tooltips = Object.entries(CATALOGUES[locale]).filter(([key]) => key.endsWith('.tooltip'));
    // Every command's tooltip is among those checked.
    expect(tooltips.map(([key]) => key)).toEqual(
      expect.arrayContaining(table.COMMAND_IDS.map((id) => table.COMMANDS[id].tooltip)),
    );
    for (const [key, text] of tooltips) expect(text, key).not.toMatch(SPELLED_SHORTCUT);
  });

  it('spells Ctrl as a German keyboard labels it, and function keys and Esc as they are', () => {
    const shortcut = (shortcuts: readonly table.Shortcut[], locale: 'en' | 'de') =>
      table.shortcutTextOf({ shortcuts }, (key, params) => translate(locale, key, params));
    expect(shortcut([{ key: 'S', control: true }], 'en')).toBe('Ctrl+S');
    expect(shortcut([{ key: 'S', control: true }], 'de')).toBe('Strg+S');
    expect(shortcut([{ key: 'F5' }, { key: 'T', control: true }], 'de')).toBe('F5');
    expect(shortcut([{ key: 'Escape' }], 'en')).toBe('Esc');
    expect(shortcut([], 'en')).toBeUndefined();
  });

  it.each([
    ['en', 'Home', 'Save the account; no connection is needed (Ctrl+T)'],
    ['de', 'Start', 'Das Konto speichern; dafür ist keine Verbindung nötig (Strg+T)'],
  ] as const)(
    'follow a shortcut changed in the table: tooltip, ribbon and menu (%s)',
    async (locale, home, tooltip) => {
      window.localStorage.setItem('mailbox-connect.locale', locale);
      const setCommandStates = vi.fn<MailboxConnectApi['setCommandStates']>(async (states) => ({
        ok: true,
        value: states,
      }));
      installFakeApi({ setCommandStates });
      await renderWithProviders(<Surfaces />, home);
      await waitFor(() => expect(setCommandStates).toHaveBeenCalled());
      const save = within(screen.getByRole('toolbar')).getByRole('button', { name: translate(locale, 'ribbon.save') });
      save.focus();
      expect(descriptionOf(save)).toBe(tooltip);
      expect(save.getAttribute('aria-keyshortcuts')).toBe('Control+T');

      // Main's menu, built from the same (changed) table. A computed path: the renderer's project has no Electron types.
      const menuModule = '../../../src/main/menu';
      const { menuTemplate } = (await import(/* @vite-ignore */ menuModule)) as {
        menuTemplate: (options: object) => { id?: string; accelerator?: string; submenu?: unknown[] }[];
      };
      const file = menuTemplate({ send: vi.fn(), showAbout: vi.fn(), developerTools: false })[0]?.submenu as {
        id?: string;
        accelerator?: string;
      }[];
      expect(file.find((item) => item.id === 'save')?.accelerator).toBe('CmdOrCtrl+T');
    },
  );
});
