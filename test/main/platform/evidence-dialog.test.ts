import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseEvidencePath } from '../../../src/main/platform/evidence-dialog';
import { setMessageLocale } from '../../../src/shared/i18n';
import { fakeElectron, resetFakeElectron, FakeBrowserWindow } from '../../support/fake-electron';

const dialog = fakeElectron.dialog as unknown as Pick<Dialog, 'showSaveDialog'>;

describe('the save dialog of the evidence files', () => {
  afterEach(() => {
    resetFakeElectron();
    setMessageLocale('en');
  });

  it('offers text, then JSON, for diagnostics, in Documents, over the window', async () => {
    const window = new FakeBrowserWindow({}) as unknown as BrowserWindow;
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/docs/d.json' });
    const chosen = await chooseEvidencePath(dialog, window, '/docs', 'diagnostics', 'mailbox-connect-diagnostics.txt');
    expect(chosen).toBe('/docs/d.json');
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save diagnostics',
      defaultPath: '/docs/mailbox-connect-diagnostics.txt',
      filters: [
        { name: 'Diagnostics as text', extensions: ['txt'] },
        { name: 'Diagnostics as JSON', extensions: ['json'] },
      ],
    });
  });

  it('offers HTML for the handover report, in the window’s language; cancelled is undefined', async () => {
    setMessageLocale('de');
    expect(await chooseEvidencePath(dialog, undefined, '/docs', 'handover', 'h.html')).toBeUndefined();
    expect(fakeElectron.dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Übergabebericht speichern',
      defaultPath: '/docs/h.html',
      filters: [{ name: 'Webseite (HTML)', extensions: ['html'] }],
    });
  });
});
