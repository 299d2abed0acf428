import { dialog, type BrowserWindow } from 'electron';
import type { AppInfo } from '../shared/app-info';

/** The text of the About dialog: version, runtime, and where certificates are trusted from. */
export function aboutText(info: AppInfo): { message: string; detail: string } {
  const runtime = [
    info.runtime.electron ? `Electron ${info.runtime.electron}` : undefined,
    info.runtime.chrome ? `Chromium ${info.runtime.chrome}` : undefined,
    `Node.js ${info.runtime.node}`,
  ].filter((part) => part !== undefined);
  const trust = info.trustSources.map(
    (source) =>
      `• ${source.name}${source.certificates === undefined ? '' : ` (${source.certificates} certificates)`}: ${source.note}`,
  );
  return {
    message: `Mailbox Connect ${info.version}`,
    detail: [runtime.join(', '), '', 'Certificates are trusted from:', ...trust].join('\n'),
  };
}

export function showAbout(window: BrowserWindow | undefined, info: AppInfo): void {
  const options = { type: 'info' as const, title: 'About Mailbox Connect', buttons: ['OK'], ...aboutText(info) };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
