import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TestSigningKey } from './test-jwt';

/**
 * A scripted Microsoft Graph on 127.0.0.1 over HTTPS: it checks the bearer token as Graph does
 * (signature by the tests' key, audience, expiry, application roles), holds mailboxes with folders
 * and messages with attachments, answers the few requests a connection test makes with Graph's
 * shapes (paging by @odata.nextLink, $select, $expand, $filter, $count), answers the refusals with
 * Graph's own JSON error bodies, and records every request so a test can prove what was asked for.
 */

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface GraphAttachment {
  name: string;
  contentType: string;
  size: number;
  /** The file itself: Graph returns it with an attachment unless `$select` leaves it out. */
  contentBytes?: string;
}

export interface GraphMessage {
  receivedDateTime: string;
  isRead?: boolean;
  attachments?: GraphAttachment[];
}

export interface GraphFolderSeed {
  displayName: string;
  children?: GraphFolderSeed[];
}

export interface GraphMailboxSeed {
  address: string;
  /** Top-level folders besides the Inbox. */
  folders?: GraphFolderSeed[];
  /** Child folders of the Inbox. */
  inboxFolders?: GraphFolderSeed[];
  /** Inbox messages; the Inbox's counts follow from them unless `inboxCounts` says otherwise. */
  messages?: GraphMessage[];
  inboxCounts?: { total: number; unread: number };
  /** MailboxNotEnabledForRESTAPI: inactive, soft-deleted or on-premises. */
  onPremises?: boolean;
  /** Left out by an application access policy ([RAOP]). */
  excludedByAccessPolicy?: boolean;
}

/** One request as received; the Authorization header is not kept, only whether a bearer token came. */
export interface RecordedGraphRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  bearer: boolean;
  body?: unknown;
}

export interface GraphReply {
  status: number;
  /** JSON, or a string sent as it is (a proxy's HTML page). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Answers only after this long: a stalled Graph, for the deadline and Cancel. */
  delayMs?: number;
}

/** Decides an answer before the server does (undefined: the server answers); sees the raw token for canary tests. */
export type GraphScript = (request: RecordedGraphRequest, raw: { token: string | undefined }) => GraphReply | undefined;

interface Folder {
  id: string;
  displayName: string;
  parentId: string | undefined;
  messages: GraphMessage[];
}

interface Mailbox {
  seed: GraphMailboxSeed;
  folders: Folder[];
  inboxId: string;
}

export interface GraphServerOptions {
  certFile: string;
  keyFile: string;
  signingKey: TestSigningKey;
  mailboxes: GraphMailboxSeed[];
  audience?: string;
  /** The largest page the server gives, whatever $top asks (Graph caps too). */
  maxPageSize?: number;
}

export interface GraphServer {
  baseUrl: string;
  port: number;
  requests: RecordedGraphRequest[];
  /** Runs before the server's own answer, first script first; cleared by `reset`. */
  script(script: GraphScript): void;
  /** Forgets the recorded requests and the scripts (mailboxes keep their state, created folders too). */
  reset(): void;
  /** Display names below a folder path ("INBOX", "INBOX/Processed", "" for the top level). */
  folderNames(address: string, parentPath: string): string[];
  close(): Promise<void>;
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): GraphReply {
  return {
    status,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': 'c7e1a0f4-0000-4000-8000-000000000016',
        },
      },
    },
    ...(headers ? { headers } : {}),
  };
}

export const GRAPH_ERRORS = {
  invalidAudience: () =>
    graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'),
  expired: () => graphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.'),
  badToken: () => graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.'),
  noToken: () => graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  accessDenied: () => graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  accessPolicy: () =>
    graphError(
      403,
      'ErrorAccessDenied',
      'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.',
    ),
  invalidUser: (address: string) => graphError(404, 'ErrorInvalidUser', `The requested user '${address}' is invalid.`),
  notEnabled: () =>
    graphError(
      404,
      'MailboxNotEnabledForRESTAPI',
      'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    ),
  throttled: (seconds: number) =>
    graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
      'retry-after': String(seconds),
    }),
  folderExists: () => graphError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.'),
} as const;

function verifyJwt(token: string, key: TestSigningKey): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const valid = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(key.publicKeyPem, Buffer.from(signature, 'base64url'));
  if (!valid) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The single-quoted OData string at the start of `text`, with doubled apostrophes undone. */
function odataLiteral(text: string): string | undefined {
  const match = /^'((?:[^']|'')*)'$/.exec(text.trim());
  return match ? (match[1] ?? '').replace(/''/g, "'") : undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 64 * 1024) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A message as Graph returns it under `$select` and `$expand` (or, without them, with body and contents). */
function messageView(message: GraphMessage, index: number, query: Record<string, string>): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: `msg-${index}`,
    receivedDateTime: message.receivedDateTime,
    isRead: message.isRead ?? false,
    hasAttachments: (message.attachments ?? []).length > 0,
    subject: `Invoice ${index}`,
    body: { contentType: 'html', content: `<p>Body of message ${index}</p>` },
  };
  const select = query.$select?.split(',');
  const view = select
    ? Object.fromEntries(Object.entries(full).filter(([key]) => select.includes(key) || key === 'id'))
    : full;
  const expand = query.$expand;
  if (expand?.startsWith('attachments')) {
    const inner = /^attachments\(\$select=([^)]*)\)$/.exec(expand)?.[1]?.split(',');
    view.attachments = (message.attachments ?? []).map((attachment, position) => {
      const all: Record<string, unknown> = {
        '@odata.type': '#microsoft.graph.fileAttachment',
        id: `att-${index}-${position}`,
        name: attachment.name,
        contentType: attachment.contentType,
        size: attachment.size,
        isInline: false,
        contentBytes: attachment.contentBytes ?? Buffer.from(`content of ${attachment.name}`).toString('base64'),
      };
      return inner
        ? Object.fromEntries(Object.entries(all).filter(([key]) => inner.includes(key) || key === 'id'))
        : all;
    });
  }
  return view;
}

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const audience = options.audience ?? GRAPH_AUDIENCE;
  const maxPage = options.maxPageSize ?? 1000;
  const requests: RecordedGraphRequest[] = [];
  let scripts: GraphScript[] = [];
  let nextId = 1;
  const newId = (): string => `AAMkAD${String(nextId++).padStart(6, '0')}`;

  const mailboxes = new Map<string, Mailbox>();
  for (const seed of options.mailboxes) {
    const inboxId = newId();
    const folders: Folder[] = [
      { id: inboxId, displayName: 'Posteingang', parentId: undefined, messages: seed.messages ?? [] },
    ];
    const add = (seeds: GraphFolderSeed[] | undefined, parentId: string | undefined): void => {
      for (const folder of seeds ?? []) {
        const id = newId();
        folders.push({ id, displayName: folder.displayName, parentId, messages: [] });
        add(folder.children, id);
      }
    };
    add(seed.folders, undefined);
    add(seed.inboxFolders, inboxId);
    mailboxes.set(seed.address.toLowerCase(), { seed, folders, inboxId });
  }

  let baseUrl = '';
  const page = <T>(items: T[], query: Record<string, string>, path: string): Record<string, unknown> => {
    const top = Math.min(Number(query.$top ?? 10) || 10, maxPage);
    const skip = Number(query.$skip ?? 0) || 0;
    const value = items.slice(skip, skip + top);
    const answer: Record<string, unknown> = { value };
    if (query.$count === 'true') answer['@odata.count'] = items.length;
    if (skip + top < items.length) {
      const next = new URLSearchParams({ ...query, $skip: String(skip + top) });
      answer['@odata.nextLink'] = `${baseUrl}${path}?${next.toString()}`;
    }
    return answer;
  };

  const answer = (mailbox: Mailbox, request: RecordedGraphRequest, roles: string[]): GraphReply => {
    const segments = request.path.split('/').slice(4); // after /v1.0/users/{mailbox}
    const canWrite = roles.includes('Mail.ReadWrite');
    const folderView = (folder: Folder): Record<string, unknown> => ({
      id: folder.id,
      displayName: folder.displayName,
      parentFolderId: folder.parentId ?? 'root',
      childFolderCount: mailbox.folders.filter((child) => child.parentId === folder.id).length,
      totalItemCount:
        mailbox.seed.inboxCounts && folder.id === mailbox.inboxId
          ? mailbox.seed.inboxCounts.total
          : folder.messages.length,
      unreadItemCount:
        mailbox.seed.inboxCounts && folder.id === mailbox.inboxId
          ? mailbox.seed.inboxCounts.unread
          : folder.messages.filter((message) => !message.isRead).length,
    });
    const byId = (id: string): Folder | undefined =>
      id.toLowerCase() === 'inbox' ? mailbox.folders[0] : mailbox.folders.find((folder) => folder.id === id);
    if (segments[0] !== 'mailFolders')
      return graphError(400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);

    // …/mailFolders or …/mailFolders/{id}/childFolders: list (with $filter) or create.
    const listing = segments.length === 1 || (segments.length === 3 && segments[2] === 'childFolders');
    if (listing) {
      const parent = segments.length === 1 ? undefined : byId(decodeURIComponent(segments[1] ?? ''));
      if (segments.length === 3 && !parent)
        return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      const children = mailbox.folders.filter((folder) => folder.parentId === parent?.id);
      if (request.method === 'POST') {
        if (!canWrite) return GRAPH_ERRORS.accessDenied();
        const name = (request.body as { displayName?: unknown } | undefined)?.displayName;
        if (typeof name !== 'string' || name === '')
          return graphError(400, 'ErrorInvalidRequest', 'displayName is required.');
        if (children.some((folder) => folder.displayName.toLowerCase() === name.toLowerCase()))
          return GRAPH_ERRORS.folderExists();
        const created: Folder = { id: newId(), displayName: name, parentId: parent?.id, messages: [] };
        mailbox.folders.push(created);
        return { status: 201, body: folderView(created) };
      }
      const filter = request.query.$filter;
      let matching = children;
      if (filter !== undefined) {
        const match = /^displayName eq (.*)$/.exec(filter);
        const wanted = match ? odataLiteral(match[1] ?? '') : undefined;
        if (wanted === undefined) return graphError(400, 'BadRequest', `Invalid filter clause: ${filter}`);
        matching = children.filter((folder) => folder.displayName.toLowerCase() === wanted.toLowerCase());
      }
      return { status: 200, body: page(matching.map(folderView), request.query, request.path) };
    }

    const folder = byId(decodeURIComponent(segments[1] ?? ''));
    if (!folder) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (segments.length === 2 && request.method === 'GET') return { status: 200, body: folderView(folder) };
    if (segments.length === 3 && segments[2] === 'messages' && request.method === 'GET') {
      const filter = request.query.$filter ?? '';
      const since = /^receivedDateTime ge (\S+)$/.exec(filter)?.[1];
      if (filter !== '' && since === undefined)
        return graphError(400, 'BadRequest', `Invalid filter clause: ${filter}`);
      const selected = folder.messages
        .map((message, index) => ({ message, index }))
        .filter(({ message }) => since === undefined || Date.parse(message.receivedDateTime) >= Date.parse(since))
        .sort((a, b) => Date.parse(b.message.receivedDateTime) - Date.parse(a.message.receivedDateTime));
      return {
        status: 200,
        body: page(
          selected.map(({ message, index }) => messageView(message, index, request.query)),
          request.query,
          request.path,
        ),
      };
    }
    return graphError(400, 'BadRequest', `Unsupported request ${request.method} ${request.path}`);
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'https://graph.test');
    const text = await readBody(incoming);
    const authorization = incoming.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    const recorded: RecordedGraphRequest = {
      method: incoming.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      headers: Object.fromEntries(
        Object.entries(incoming.headers)
          .filter(([name]) => name !== 'authorization')
          .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
      ),
      bearer: token !== undefined,
      ...(text ? { body: JSON.parse(text) as unknown } : {}),
    };
    requests.push(recorded);
    const send = (reply: GraphReply): void => {
      const write = (): void => {
        if (response.destroyed) return;
        const raw = typeof reply.body === 'string';
        response.writeHead(reply.status, {
          'content-type': raw ? 'text/html' : 'application/json',
          ...(reply.headers ?? {}),
        });
        response.end(reply.body === undefined ? '' : raw ? (reply.body as string) : JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(write, reply.delayMs).unref();
      else write();
    };
    for (const script of scripts) {
      const scripted = script(recorded, { token });
      if (scripted) return send(scripted);
    }
    if (!token) return send(GRAPH_ERRORS.noToken());
    const claims = verifyJwt(token, options.signingKey);
    if (!claims) return send(GRAPH_ERRORS.badToken());
    if (claims.aud !== audience) return send(GRAPH_ERRORS.invalidAudience());
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return send(GRAPH_ERRORS.expired());
    const roles = Array.isArray(claims.roles)
      ? claims.roles.filter((role): role is string => typeof role === 'string')
      : [];
    const users = /^\/v1\.0\/users\/([^/]+)(\/.*)?$/.exec(recorded.path);
    if (!users) return send(graphError(400, 'BadRequest', `Resource not found for the segment '${recorded.path}'.`));
    const address = decodeURIComponent(users[1] ?? '');
    if (!roles.includes('Mail.Read') && !roles.includes('Mail.ReadWrite')) return send(GRAPH_ERRORS.accessDenied());
    const mailbox = mailboxes.get(address.toLowerCase());
    if (!mailbox) return send(GRAPH_ERRORS.invalidUser(address));
    if (mailbox.seed.onPremises) return send(GRAPH_ERRORS.notEnabled());
    if (mailbox.seed.excludedByAccessPolicy) return send(GRAPH_ERRORS.accessPolicy());
    send(answer(mailbox, recorded, roles));
  };

  const server = https.createServer(
    { cert: readFileSync(options.certFile), key: readFileSync(options.keyFile), keepAliveTimeout: 5000 },
    (incoming, response) => {
      handle(incoming, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify(graphError(500, 'InternalServerError', String(error)).body));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `https://127.0.0.1:${port}`;

  return {
    baseUrl,
    port,
    requests,
    script(script) {
      scripts.push(script);
    },
    reset() {
      requests.length = 0;
      scripts = [];
    },
    folderNames(address, parentPath) {
      const mailbox = mailboxes.get(address.toLowerCase());
      if (!mailbox) return [];
      let parentId: string | undefined;
      for (const segment of parentPath.split('/').filter((part) => part)) {
        parentId =
          segment === 'INBOX'
            ? mailbox.inboxId
            : mailbox.folders.find((folder) => folder.parentId === parentId && folder.displayName === segment)?.id;
      }
      return mailbox.folders
        .filter((folder) => folder.parentId === parentId && folder.id !== mailbox.inboxId)
        .map((folder) => folder.displayName);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
