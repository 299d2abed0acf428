import type { BrowserWindow, Dialog } from 'electron';
import { t } from '../../shared/i18n';

/**
 * The open dialog for an app registration's certificate; undefined when the user cancels. PFX files
 * are offered too, so the admin who has one learns how to convert it instead of not finding it.
 */
export async function chooseClientCertificatePath(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | undefined,
  documentsDirectory: string,
): Promise<string | undefined> {
  const options = {
    title: t('certificateFile.dialogTitle'),
    defaultPath: documentsDirectory,
    filters: [
      { name: t('certificateFile.fileType'), extensions: ['pem', 'crt', 'cer', 'key'] },
      { name: t('certificateFile.pfxFileType'), extensions: ['pfx', 'p12'] },
    ],
    properties: ['openFile' as const],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
