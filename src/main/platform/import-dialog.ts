import type { BrowserWindow, Dialog } from 'electron';
import { t } from '../../shared/i18n';

/** The open dialog for an import, in Documents by default; undefined when the user cancels. */
export async function chooseImportPath(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | undefined,
  documentsDirectory: string,
): Promise<string | undefined> {
  const options = {
    title: t('import.dialogTitle'),
    defaultPath: documentsDirectory,
    filters: [{ name: t('export.fileType'), extensions: ['json'] }],
    properties: ['openFile' as const],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
