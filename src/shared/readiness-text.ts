import type { FolderCheck, MailboxSummary } from './connection-test';

export type FolderState = 'created' | 'missing' | 'notCreated' | 'notSelectable' | 'ready';

/** What a folder check comes to; the window words it in its language, the CLI and diagnostics in English. */
export function folderStateOf(folder: FolderCheck): FolderState {
  if (folder.created) return 'created';
  if (!folder.exists) return folder.problem ? 'notCreated' : 'missing';
  return folder.selectable ? 'ready' : 'notSelectable';
}

/** Why a folder cannot be opened: the server's words, or the flag that said so. */
export function folderProblemOf(folder: FolderCheck): string {
  return folder.problem ?? '\\Noselect';
}

const ENGLISH_STATE: Record<FolderState, (problem: string) => string> = {
  created: () => 'created, can be opened',
  missing: () => 'missing',
  notCreated: (problem) => `missing, not created: ${problem}`,
  notSelectable: (problem) => `cannot be opened: ${problem}`,
  ready: () => 'can be opened',
};

function folderState(folder: FolderCheck): string {
  return ENGLISH_STATE[folderStateOf(folder)](folderProblemOf(folder));
}

/** The processing folders and the 30-day preview in plain English, for diagnostics and the CLI. */
export function readinessLines(mailbox: MailboxSummary): string[] {
  const lines = mailbox.processingFolders.map(
    (folder) => `${folder.selectable ? '✔' : '✘'} ${folder.role.padEnd(7)} ${folder.path}: ${folderState(folder)}`,
  );
  const { preview } = mailbox;
  lines.push(
    preview
      ? `Last ${preview.days} days: ${preview.messages} message${preview.messages === 1 ? '' : 's'} in INBOX, ${preview.withDocuments} with documents (${preview.pdf} PDF, ${preview.xml} XML)${preview.examined < preview.messages ? `; the newest ${preview.examined} examined` : ''}`
      : `Preview unavailable: ${mailbox.previewProblem ?? 'unknown reason'}`,
  );
  return lines;
}

/** The folders document processing cannot use yet. */
export function foldersNotReady(mailbox: MailboxSummary | undefined): string[] {
  return (mailbox?.processingFolders ?? []).filter((folder) => !folder.selectable).map((folder) => folder.path);
}
