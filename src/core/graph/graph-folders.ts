import type { ProcessingFolderNames } from '../../shared/account';
import { FOLDER_LIST_MAX, type FolderCheck, type FolderRole } from '../../shared/connection-test';
import { GraphHttpError, problemText, type GraphClient } from './graph-client';
import { folderSegment, mailboxPath, odataString, queryString } from './odata';

export interface GraphFolder {
  id: string;
  displayName: string;
}

interface FolderPage {
  value?: { id?: unknown; displayName?: unknown }[];
  '@odata.nextLink'?: unknown;
}

/** The pages of one folder listing a test follows at most; with 100 a page, FOLDER_LIST_MAX is reached first. */
const MAX_FOLDER_PAGES = 25;
const FOLDER_PAGE_SIZE = 100;

function foldersOf(page: FolderPage): GraphFolder[] {
  return (page.value ?? []).flatMap((entry) =>
    typeof entry.id === 'string' && typeof entry.displayName === 'string'
      ? [{ id: entry.id, displayName: entry.displayName }]
      : [],
  );
}

/**
 * Where a processing folder's segments start: "INBOX/Processed" below the Inbox (how Exchange's
 * IMAP names it, whatever the Inbox is called in the mailbox's language), "Processed" at the top of
 * the mailbox. Segments are separated by "/", as Exchange's IMAP separates them.
 */
export function folderPathSegments(path: string): { underInbox: boolean; segments: string[] } {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const underInbox = segments[0]?.toUpperCase() === 'INBOX';
  return { underInbox, segments: underInbox ? segments.slice(1) : segments };
}

/** The child folders collection below `parentId`, or the mailbox's top level (msgfolderroot's children). */
function childrenPath(mailbox: string, parentId: string | undefined): string {
  return parentId === undefined
    ? `${mailboxPath(mailbox)}/mailFolders`
    : `${mailboxPath(mailbox)}/mailFolders/${folderSegment(parentId)}/childFolders`;
}

/** One child of `parentId` by display name (Exchange compares names without regard to case). */
async function findChild(
  client: GraphClient,
  mailbox: string,
  parentId: string | undefined,
  name: string,
): Promise<GraphFolder | undefined> {
  const query = queryString({ $filter: `displayName eq ${odataString(name)}`, $select: 'id,displayName' });
  const page = await client.get<FolderPage>(`${childrenPath(mailbox, parentId)}${query}`);
  return foldersOf(page).find((folder) => folder.displayName.toLowerCase() === name.toLowerCase());
}

async function createChild(
  client: GraphClient,
  mailbox: string,
  parentId: string | undefined,
  name: string,
): Promise<GraphFolder> {
  const created = await client.post<{ id?: unknown; displayName?: unknown }>(childrenPath(mailbox, parentId), {
    displayName: name,
  });
  const [folder] = foldersOf({ value: [created] });
  if (!folder) throw new GraphHttpError(201, 'UnexpectedAnswer', 'the created folder came back without an id');
  return folder;
}

/**
 * One processing folder, found segment by segment from its start. With `create`, the missing
 * segments are created in turn (POST …/mailFolders or …/childFolders), as IMAP's CREATE makes the
 * missing parents. Graph's refusal is part of the check, as an IMAP NO is; a lost connection or the
 * deadline ends the whole test.
 */
async function checkFolder(
  client: GraphClient,
  mailbox: string,
  inboxId: string,
  role: FolderRole,
  path: string,
  create: boolean,
): Promise<FolderCheck> {
  const { underInbox, segments } = folderPathSegments(path);
  const check: FolderCheck = { role, path, exists: false, selectable: false };
  let parentId: string | undefined = underInbox ? inboxId : undefined;
  let created = false;
  try {
    for (const segment of segments) {
      const found = await findChild(client, mailbox, parentId, segment);
      if (found) {
        parentId = found.id;
        continue;
      }
      if (!create) return check;
      parentId = (await createChild(client, mailbox, parentId, segment)).id;
      created = true;
    }
  } catch (error) {
    if (!(error instanceof GraphHttpError)) throw error;
    check.problem = problemText(error);
    return check;
  }
  // Graph has no \Noselect: a folder it lists can be opened and mail moved there.
  const exists = segments.length > 0;
  return { ...check, exists, selectable: exists, ...(created ? { created: true } : {}) };
}

/** INBOX and the two folders mail is moved to, in the report's order (inbox, success, failed). */
export async function checkGraphProcessingFolders(
  client: GraphClient,
  mailbox: string,
  inboxId: string,
  names: ProcessingFolderNames,
  create: boolean,
): Promise<FolderCheck[]> {
  const inbox: FolderCheck = { role: 'inbox', path: 'INBOX', exists: true, selectable: true };
  const success = await checkFolder(client, mailbox, inboxId, 'success', names.successFolder, create);
  const failed = await checkFolder(client, mailbox, inboxId, 'failed', names.failedFolder, create);
  return [inbox, success, failed];
}

/** Every page of one folder listing, bounded by pages and by FOLDER_LIST_MAX + 1 names. */
async function listAll(client: GraphClient, first: string, limit: number): Promise<GraphFolder[]> {
  const folders: GraphFolder[] = [];
  let next: string | undefined = first;
  for (let page = 0; next !== undefined && page < MAX_FOLDER_PAGES && folders.length <= limit; page += 1) {
    const answer: FolderPage = await client.get<FolderPage>(next);
    folders.push(...foldersOf(answer));
    const link = answer['@odata.nextLink'];
    next = typeof link === 'string' ? client.sameOriginPath(link) : undefined;
  }
  return folders;
}

/**
 * The folder names a report lists: the top level of the mailbox and the Inbox's children, named
 * as the processing folder settings name them ("INBOX", "INBOX/Processed", "Archive").
 */
export async function listGraphFolders(client: GraphClient, mailbox: string, inboxId: string): Promise<string[]> {
  const query = queryString({ $select: 'id,displayName', $top: FOLDER_PAGE_SIZE });
  const top = await listAll(client, `${childrenPath(mailbox, undefined)}${query}`, FOLDER_LIST_MAX);
  const below = await listAll(client, `${childrenPath(mailbox, inboxId)}${query}`, FOLDER_LIST_MAX);
  return [
    ...top.map((folder) => (folder.id === inboxId ? 'INBOX' : folder.displayName)),
    ...below.map((folder) => `INBOX/${folder.displayName}`),
  ];
}
