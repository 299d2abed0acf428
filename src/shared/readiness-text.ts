import type { FolderCheck, MailboxSummary } from './connection-test';

function folderState(folder: FolderCheck): string {
  if (folder.created) return 'created, can be opened';
  if (!folder.exists) return folder.problem ? `missing, not created: ${folder.problem}` : 'missing';
  if (!folder.selectable) return `cannot be opened: ${folder.problem ?? '\\Noselect'}`;
  return 'can be opened';
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
