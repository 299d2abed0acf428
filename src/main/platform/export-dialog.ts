import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { t } from '../../shared/i18n';

/** The save dialog for an export, in Documents by default; undefined when the user cancels. */
export async function chooseExportPath(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | undefined,
  documentsDirectory: string,
  suggestedName: string,
): Promise<string | undefined> {
  const options = {
    title: t('export.dialogTitle'),
    defaultPath: path.join(documentsDirectory, suggestedName),
    filters: [{ name: t('export.fileType'), extensions: ['json'] }],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : result.filePath;
}
