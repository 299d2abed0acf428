import type { ImapFlow, ListResponse } from 'imapflow';
import type { ProcessingFolderNames } from '../../shared/account';
import {
  PREVIEW_DAYS,
  PREVIEW_MAX_MESSAGES,
  type FolderCheck,
  type FolderRole,
  type InboxPreview,
} from '../../shared/connection-test';
import { documentKindsOf } from './document-attachments';

/** Wraps each server round trip in the test's one deadline and its Cancel button. */
export type Race = <T>(work: Promise<T>) => Promise<T>;

const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_SELECTABLE = ['\\Noselect', '\\NonExistent'];

/** What the server said when it refused (NO/BAD), rather than imapflow's generic "Command failed". */
function serverText(error: unknown): string {
  const { responseText, message } = (error ?? {}) as { responseText?: string; message?: string };
  return responseText || message || String(error);
}

/** A refusal is part of the result; a lost connection or the deadline ends the whole test. */
function rethrowUnlessRefused(client: ImapFlow, error: unknown): void {
  if (!client.usable || (error as { responseStatus?: string })?.responseStatus === undefined) throw error;
}

/** The listed folder for a configured name, also behind a personal namespace prefix such as "INBOX.". */
function findListed(listed: readonly ListResponse[], name: string, prefix: string): ListResponse | undefined {
  if (name.toUpperCase() === 'INBOX') return listed.find((folder) => folder.path.toUpperCase() === 'INBOX');
  return listed.find((folder) => folder.path === name || (prefix !== '' && folder.path === `${prefix}${name}`));
}

/**
 * Checks INBOX and the two folders mail is moved to: listed, and opened read-only (EXAMINE) to
 * prove they can be selected. With `create`, missing ones are created first (modified UTF-7 is
 * imapflow's job) and then checked like the others.
 */
export async function checkProcessingFolders(
  client: ImapFlow,
  listed: readonly ListResponse[],
  names: ProcessingFolderNames,
  options: { create: boolean; race: Race },
): Promise<FolderCheck[]> {
  const prefix = client.namespace?.prefix ?? '';
  // INBOX last: it stays open read-only for the preview, which saves a round trip to a distant server.
  const wanted: [FolderRole, string][] = [
    ['success', names.successFolder],
    ['failed', names.failedFolder],
    ['inbox', 'INBOX'],
  ];
  const checks: FolderCheck[] = [];
  for (const [role, name] of wanted) {
    const entry = findListed(listed, name, prefix);
    const check: FolderCheck = { role, path: entry?.path ?? name, exists: entry !== undefined, selectable: false };
    if (!check.exists && options.create && role !== 'inbox') {
      try {
        const result = await options.race(client.mailboxCreate(name));
        Object.assign(check, { path: result.path, exists: true, ...(result.created ? { created: true } : {}) });
      } catch (error) {
        rethrowUnlessRefused(client, error);
        check.problem = serverText(error);
      }
    }
    if (check.exists && !NOT_SELECTABLE.some((flag) => entry?.flags.has(flag))) {
      try {
        await options.race(client.mailboxOpen(check.path, { readOnly: true }));
        check.selectable = true;
      } catch (error) {
        rethrowUnlessRefused(client, error);
        check.problem = serverText(error);
      }
    }
    checks.push(check);
  }
  return [checks[2], checks[0], checks[1]] as FolderCheck[];
}

/** UIDs as an IMAP sequence set with runs joined (6:1005 rather than a thousand numbers on one line). */
export function uidRange(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let index = 0; index < sorted.length;) {
    const first = sorted[index] as number;
    let last = first;
    while (index + 1 < sorted.length && sorted[index + 1] === last + 1) last = sorted[(index += 1)] as number;
    runs.push(first === last ? String(first) : `${first}:${last}`);
    index += 1;
  }
  return runs.join(',');
}

/** BODYSTRUCTURE is fetched in chunks, newest first, so that the time left is checked in between. */
const PREVIEW_CHUNK = 250;
/** What the preview leaves of the test's deadline for LOGOUT and a slow network. */
export const PREVIEW_RESERVE_MS = 2000;

export interface PreviewBudget {
  race: Race;
  /** Milliseconds left before the test's deadline. */
  timeLeft: () => number;
}

/**
 * Counts the messages of the last PREVIEW_DAYS days in INBOX that carry PDF or XML documents,
 * from SEARCH SINCE and BODYSTRUCTURE: no message body is downloaded, INBOX is opened read-only.
 * A slow server gets a partial count of the newest messages rather than a failed test: `examined`
 * says how many were read.
 */
export async function previewInbox(client: ImapFlow, budget: PreviewBudget, now: Date): Promise<InboxPreview> {
  const { race, timeLeft } = budget;
  const open = client.mailbox;
  if (!(open && open.path === 'INBOX' && open.readOnly)) await race(client.mailboxOpen('INBOX', { readOnly: true }));
  const found = await race(client.search({ since: new Date(now.getTime() - PREVIEW_DAYS * DAY_MS) }, { uid: true }));
  const uids = (found || []).sort((a, b) => b - a).slice(0, PREVIEW_MAX_MESSAGES);
  const preview: InboxPreview = {
    days: PREVIEW_DAYS,
    messages: found ? found.length : 0,
    withDocuments: 0,
    pdf: 0,
    xml: 0,
    examined: 0,
  };
  for (let start = 0; start < uids.length && timeLeft() > PREVIEW_RESERVE_MS; start += PREVIEW_CHUNK) {
    const chunk = uids.slice(start, start + PREVIEW_CHUNK);
    const messages = await race(client.fetchAll(uidRange(chunk), { uid: true, bodyStructure: true }, { uid: true }));
    for (const message of messages) {
      const kinds = documentKindsOf(message.bodyStructure);
      if (kinds.pdf) preview.pdf += 1;
      if (kinds.xml) preview.xml += 1;
      if (kinds.pdf || kinds.xml) preview.withDocuments += 1;
    }
    preview.examined += chunk.length;
  }
  return preview;
}

/** The preview is extra information: a server that refuses SEARCH or FETCH does not fail the test. */
export async function previewOrProblem(
  client: ImapFlow,
  budget: PreviewBudget,
  now: Date,
): Promise<{ preview: InboxPreview } | { previewProblem: string }> {
  try {
    return { preview: await previewInbox(client, budget, now) };
  } catch (error) {
    rethrowUnlessRefused(client, error);
    return { previewProblem: serverText(error) };
  }
}
