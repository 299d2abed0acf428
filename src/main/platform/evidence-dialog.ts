import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { t } from '../../shared/i18n';
import type { EvidenceKind } from '../evidence-files';

const DIALOGS: Readonly<Record<EvidenceKind, () => { title: string; filters: FileFilter[] }>> = {
  // Text first: it is what a ticket takes; the file type chosen decides the format (evidence-files.ts).
  diagnostics: () => ({
    title: t('evidence.diagnostics.dialogTitle'),
    filters: [
      { name: t('evidence.diagnostics.fileType.text'), extensions: ['txt'] },
      { name: t('evidence.diagnostics.fileType.json'), extensions: ['json'] },
    ],
  }),
  handover: () => ({
    title: t('evidence.handover.dialogTitle'),
    filters: [{ name: t('evidence.handover.fileType'), extensions: ['html'] }],
  }),
};

/** The save dialog for an evidence file, in Documents by default; undefined when the user cancels. */
export async function chooseEvidencePath(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | undefined,
  documentsDirectory: string,
  kind: EvidenceKind,
  suggestedName: string,
): Promise<string | undefined> {
  const options = { ...DIALOGS[kind](), defaultPath: path.join(documentsDirectory, suggestedName) };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : result.filePath;
}
