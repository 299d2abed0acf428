import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../src/main/menu';
import { collectAppInfo } from '../../src/core/app-info';
import { fakeElectron } from '../support/fake-electron';

vi.mock('electron', async () => {
  const { fakeElectron } = await import('../support/fake-electron');
  return { ...fakeElectron, default: fakeElectron };
});
const { aboutText, showAbout: showAboutDialog } = await import('../../src/main/about');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('the application menu', () => {
  it('offers the ribbon’s commands with their shortcuts, shown but handled by the window', () => {
    const send = vi.fn();
    const all = items(menuTemplate({ send, showAbout: vi.fn(), developerTools: false }));
    const byLabel = (label: string) => all.find((item) => item.label?.replace('&', '') === label);
    expect(byLabel('New e-mail account')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
    expect(byLabel('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byLabel('Test connection')).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    expect(byLabel('Cancel test')).toMatchObject({ accelerator: 'Esc', registerAccelerator: false });
    for (const [label, command] of [
      ['New e-mail account', 'newAccount'],
      ['Save', 'save'],
      ['Duplicate', 'duplicate'],
      ['Delete…', 'delete'],
      ['Test connection', 'testConnection'],
      ['Cancel test', 'cancelTest'],
      ['Import accounts…', 'import'],
      ['Export accounts…', 'export'],
      ['Test all accounts…', 'testAll'],
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
