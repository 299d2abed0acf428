import { PREVIEW_DAYS, PREVIEW_MAX_MESSAGES, type InboxPreview } from '../../shared/connection-test';
import { documentKindOfPart } from '../connection-test/document-attachments';
import { PREVIEW_RESERVE_MS } from '../connection-test/mailbox-readiness';
import { GraphHttpError, problemText, type GraphClient } from './graph-client';
import { mailboxPath, queryString } from './odata';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Messages per page: with their attachments' names, a page stays small and the deadline is checked often. */
export const PREVIEW_PAGE_SIZE = 100;
/** The attachments of one message that are looked at: a message with more is counted from these. */
const MAX_ATTACHMENTS_PER_MESSAGE = 250;

interface MessagePage {
  value?: { attachments?: { name?: unknown; contentType?: unknown }[] }[];
  '@odata.count'?: unknown;
  '@odata.nextLink'?: unknown;
}

/**
 * The first page's request. `$select` keeps the body out (without it Graph returns each message's
 * body), and the attachments are expanded with their name, content type and size only, so no
 * `contentBytes` is ever sent. `$count` gives the window's total even when fewer are read.
 */
export function previewRequest(mailbox: string, now: Date): string {
  const since = new Date(now.getTime() - PREVIEW_DAYS * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${mailboxPath(mailbox)}/mailFolders/inbox/messages${queryString({
    $filter: `receivedDateTime ge ${since}`,
    $orderby: 'receivedDateTime desc',
    $select: 'id,receivedDateTime,hasAttachments',
    $expand: 'attachments($select=name,contentType,size)',
    $top: PREVIEW_PAGE_SIZE,
    $count: 'true',
  })}`;
}

export interface GraphPreviewBudget {
  /** Milliseconds left before the test's deadline. */
  timeLeft: () => number;
}

/**
 * The Inbox over the last PREVIEW_DAYS days, as the IMAP preview counts it, from message metadata
 * and attachment names and types: the newest PREVIEW_MAX_MESSAGES at most, page by page while time
 * is left, following @odata.nextLink only on Graph's own origin (the token goes nowhere else).
 */
export async function previewGraphInbox(
  client: GraphClient,
  mailbox: string,
  budget: GraphPreviewBudget,
  now: Date,
): Promise<InboxPreview> {
  const preview: InboxPreview = { days: PREVIEW_DAYS, messages: 0, withDocuments: 0, pdf: 0, xml: 0, examined: 0 };
  let next: string | undefined = previewRequest(mailbox, now);
  let total: number | undefined;
  const maxPages = Math.ceil(PREVIEW_MAX_MESSAGES / PREVIEW_PAGE_SIZE);
  for (let page = 0; next !== undefined && page < maxPages && budget.timeLeft() > PREVIEW_RESERVE_MS; page += 1) {
    const answer: MessagePage = await client.get<MessagePage>(next);
    if (typeof answer['@odata.count'] === 'number') total ??= answer['@odata.count'];
    const messages = (answer.value ?? []).slice(0, PREVIEW_MAX_MESSAGES - preview.examined);
    for (const entry of messages) {
      let pdf = false;
      let xml = false;
      for (const attachment of (entry.attachments ?? []).slice(0, MAX_ATTACHMENTS_PER_MESSAGE)) {
        const kinds = documentKindOfPart(
          typeof attachment.contentType === 'string' ? attachment.contentType : '',
          typeof attachment.name === 'string' ? attachment.name : '',
        );
        pdf ||= kinds.pdf;
        xml ||= kinds.xml;
      }
      if (pdf) preview.pdf += 1;
      if (xml) preview.xml += 1;
      if (pdf || xml) preview.withDocuments += 1;
    }
    preview.examined += messages.length;
    const link = answer['@odata.nextLink'];
    next =
      typeof link === 'string' && preview.examined < PREVIEW_MAX_MESSAGES ? client.sameOriginPath(link) : undefined;
  }
  // Without @odata.count only what was read is known.
  preview.messages = Math.max(total ?? 0, preview.examined);
  return preview;
}

/** The preview is extra information: Graph refusing it (a proxy, a policy) does not fail the test. */
export async function graphPreviewOrProblem(
  client: GraphClient,
  mailbox: string,
  budget: GraphPreviewBudget,
  now: Date,
): Promise<{ preview: InboxPreview } | { previewProblem: string }> {
  try {
    return { preview: await previewGraphInbox(client, mailbox, budget, now) };
  } catch (error) {
    if (!(error instanceof GraphHttpError)) throw error;
    return { previewProblem: problemText(error) };
  }
}
