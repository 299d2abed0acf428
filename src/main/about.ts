import { dialog, type BrowserWindow } from 'electron';
import type { AppInfo } from '../shared/app-info';
import type { Message } from '../shared/i18n/message';
import { messageLocale, renderMessage, t, tPlural } from '../shared/i18n';

/** The text of the About dialog: version, runtime, and where certificates are trusted from. */
export function aboutText(info: AppInfo): { message: string; detail: string } {
  const runtime = [
    info.runtime.electron ? `Electron ${info.runtime.electron}` : undefined,
    info.runtime.chrome ? `Chromium ${info.runtime.chrome}` : undefined,
    `Node.js ${info.runtime.node}`,
  ].filter((part) => part !== undefined);
  // Main draws this dialog itself: its words are rendered here, in the language main speaks now.
  const shown = (text: Message) => renderMessage(messageLocale(), text);
  const trust = info.trustSources.map(
    (source) =>
      `• ${shown(source.name)}${source.certificates === undefined ? '' : ` (${tPlural('trust.certificates', source.certificates)})`}: ${shown(source.note)}`,
  );
  return {
    message: `Mailbox Connect ${info.version}`,
    detail: [runtime.join(', '), '', t('about.trustedFrom'), ...trust].join('\n'),
  };
}

export function showAbout(window: BrowserWindow | undefined, info: AppInfo): void {
  const options = { type: 'info' as const, title: t('about.title'), buttons: [t('about.ok')], ...aboutText(info) };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
