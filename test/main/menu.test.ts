import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createApplicationMenu, menuTemplate } from '../../src/main/menu';
import { COMMAND_IDS, isCommandId, type CommandStates } from '../../src/shared/commands';
import { collectAppInfo } from '../../src/core/app-info';
import { setMessageLocale } from '../../src/shared/i18n';
import { fakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});
const { aboutText, showAbout: showAboutDialog } = await import('../../src/main/about');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

const allEnabled = Object.fromEntries(COMMAND_IDS.map((id) => [id, true])) as CommandStates;

describe('the application menu', () => {
  it('offers the ribbon’s commands with their shortcuts, shown but handled by the window', () => {
    const send = vi.fn();
    const all = items(menuTemplate({ send, showAbout: vi.fn(), developerTools: false, states: allEnabled }));
    const byLabel = (label: string) => all.find((item) => item.label?.replace('&', '') === label);
    expect(byLabel('New e-mail account')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
    expect(byLabel('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byLabel('Refresh')).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    expect(byLabel('Test connection')).toMatchObject({ accelerator: 'CmdOrCtrl+T', registerAccelerator: false });
    expect(byLabel('Cancel test')).toMatchObject({ accelerator: 'Esc', registerAccelerator: false });
    for (const [label, command] of [
      ['New e-mail account', 'newAccount'],
      ['Save', 'save'],
      ['Duplicate', 'duplicate'],
      ['Delete…', 'delete'],
      ['Refresh', 'refresh'],
      ['Test connection', 'testConnection'],
      ['Cancel test', 'cancelTest'],
      ['Import accounts…', 'import'],
      ['Export accounts…', 'export'],
      ['Test all accounts…', 'testAll'],
      ['Detect settings', 'detect'],
      ['Copy diagnostics', 'copyDiagnostics'],
    ] as const) {
      (byLabel(label)?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(all.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(
      items(menuTemplate({ send, showAbout: vi.fn(), developerTools: true })).some(
        (item) => item.role === 'toggleDevTools',
      ),
    ).toBe(true);
  });

  it('disables what the window reports disabled, and a disabled item sends nothing', () => {
    const send = vi.fn();
    const states: CommandStates = { ...allEnabled, save: false, delete: false, duplicate: false };
    const all = items(menuTemplate({ send, showAbout: vi.fn(), developerTools: false, states }));
    const byId = (id: string) => all.find((item) => item.id === id);
    expect(byId('save')?.enabled).toBe(false);
    expect(byId('delete')?.enabled).toBe(false);
    expect(byId('duplicate')?.enabled).toBe(false);
    expect(byId('newAccount')?.enabled).toBe(true);
    // Electron skips disabled items; the menu's own check keeps a stale item from running too.
    (byId('delete')?.click as () => void)();
    (byId('save')?.click as () => void)();
    expect(send).not.toHaveBeenCalled();
    (byId('newAccount')?.click as () => void)();
    expect(send).toHaveBeenCalledWith('newAccount');
  });

  it('starts with every command disabled, until the window reports its states', () => {
    const all = items(menuTemplate({ send: vi.fn(), showAbout: vi.fn(), developerTools: false }));
    const commands = all.filter((item) => isCommandId(item.id));
    expect(commands.map((item) => item.id).sort()).toEqual([...COMMAND_IDS].sort());
    expect(commands.every((item) => item.enabled === false)).toBe(true);
  });

  it('offers Help for this page (F1) and Keyboard shortcuts in the Help menu, always, sent to the window', () => {
    const send = vi.fn();
    const help = menuTemplate({ send, showAbout: vi.fn(), developerTools: false }).at(-1);
    const entries = items([help ?? {}]).filter((item) => item.id !== undefined);
    expect(entries.map((item) => [item.id, item.accelerator, item.enabled])).toEqual([
      ['help', 'F1', undefined],
      ['keyboardShortcuts', undefined, undefined],
    ]);
    for (const entry of entries) (entry.click as () => void)();
    expect(send.mock.calls).toEqual([['help'], ['keyboardShortcuts']]);
  });

  it('is rebuilt from the reported states, and again in a new language with the same states', () => {
    const shown: ReturnType<typeof menuTemplate>[] = [];
    const menu = createApplicationMenu({ send: vi.fn(), showAbout: vi.fn(), developerTools: false }, (template) =>
      shown.push(template),
    );
    const enabledOf = (id: string) => items(shown.at(-1) ?? []).find((item) => item.id === id)?.enabled;
    menu.show();
    expect(enabledOf('delete')).toBe(false);
    menu.setStates(allEnabled);
    expect(enabledOf('delete')).toBe(true);
    // Saving: the window reports Delete disabled, and the menu follows.
    menu.setStates({ ...allEnabled, save: false, delete: false });
    expect(enabledOf('delete')).toBe(false);
    expect(enabledOf('save')).toBe(false);
    const rebuilt = shown.length;
    menu.setStates({ ...allEnabled, save: false, delete: false });
    expect(shown.length).toBe(rebuilt);
    setMessageLocale('de');
    try {
      menu.show();
    } finally {
      setMessageLocale('en');
    }
    const german = items(shown.at(-1) ?? []);
    expect(german.find((item) => item.id === 'delete')).toMatchObject({ label: '&Löschen…', enabled: false });
    expect(german.find((item) => item.id === 'newAccount')).toMatchObject({
      label: '&Neues E-Mail-Konto',
      enabled: true,
    });
  });

  it('has an About dialog with the version and the active certificate trust sources', () => {
    const showAbout = vi.fn();
    const about = items(menuTemplate({ send: vi.fn(), showAbout, developerTools: false })).find(
      (item) => item.label === '&About Mailbox Connect',
    );
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalled();
    const text = aboutText(collectAppInfo('1.2.3', { ...process.versions, electron: '45.5.0', chrome: '142.0.0.0' }));
    expect(text.message).toBe('Mailbox Connect 1.2.3');
    expect(text.detail).toMatch(/^Electron 45\.5\.0, Chromium 142\.0\.0\.0, Node\.js \d+/);
    expect(text.detail).toMatch(/Operating system certificate store( \(\d+ certificates\))?: /);
    expect(text.detail).toMatch(/Mozilla root certificates built into Node\.js \(\d+ certificates\)/);
    showAboutDialog(undefined, collectAppInfo('1.2.3'));
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'About Mailbox Connect', message: 'Mailbox Connect 1.2.3' }),
    );
  });
});
