import { FOLDER_LIST_MAX, type MailboxSummary } from '../../shared/connection-test';

/**
 * The folder names a report keeps: the first FOLDER_LIST_MAX as the server listed them (imapflow
 * has decoded modified UTF-7 already), and how many were left out, so the report can say so.
 */
export function listedFolders(paths: readonly string[]): Pick<MailboxSummary, 'folders' | 'foldersOmitted'> {
  if (paths.length <= FOLDER_LIST_MAX) return { folders: [...paths] };
  return { folders: paths.slice(0, FOLDER_LIST_MAX), foldersOmitted: paths.length - FOLDER_LIST_MAX };
}
