import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runGraphTest } from '../../src/core/graph/run-graph-test';
import type { GraphTestInput } from '../../src/core/graph/graph-test-input';
import { PREVIEW_MAX_MESSAGES } from '../../src/shared/connection-test';
import { renderMessage } from '../../src/shared/i18n';
import { GRAPH_AUDIENCE, type GraphMessage, type RecordedGraphRequest } from '../support/graph-server';
import { startGraphFixture, type GraphFixture } from '../support/graph-fixture';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

// Six messages inside the 30 days (four with documents: 3 PDF, 2 XML), one older with a PDF.
const INVOICE_MESSAGES: GraphMessage[] = [
  {
    receivedDateTime: daysAgo(1),
    attachments: [{ name: 'invoice.pdf', contentType: 'application/pdf', size: 52_000 }],
  },
  {
    receivedDateTime: daysAgo(2),
    isRead: true,
    attachments: [{ name: 'order.xml', contentType: 'text/xml', size: 4_000 }],
  },
  // A scanner's PDF as octet-stream: the name decides.
  {
    receivedDateTime: daysAgo(3),
    attachments: [{ name: 'SCAN_0001.PDF', contentType: 'application/octet-stream', size: 90_000 }],
  },
  {
    receivedDateTime: daysAgo(4),
    isRead: true,
    attachments: [
      { name: 'x-rechnung.xml', contentType: 'application/xml', size: 12_000 },
      { name: 'x-rechnung.pdf', contentType: 'application/pdf; name="x-rechnung.pdf"', size: 60_000 },
    ],
  },
  { receivedDateTime: daysAgo(5) },
  { receivedDateTime: daysAgo(6), attachments: [{ name: 'logo.png', contentType: 'image/png', size: 3_000 }] },
  { receivedDateTime: daysAgo(40), attachments: [{ name: 'old.pdf', contentType: 'application/pdf', size: 1_000 }] },
];

const MANY_MESSAGES: GraphMessage[] = Array.from({ length: 1500 }, (_, index) => ({
  receivedDateTime: new Date(Date.now() - (index + 1) * 60_000).toISOString(),
  isRead: true,
  ...(index % 3 === 0
    ? { attachments: [{ name: `invoice-${index}.pdf`, contentType: 'application/pdf', size: 1000 }] }
    : {}),
}));

const messagesRequests = (requests: RecordedGraphRequest[]) => requests.filter((r) => r.path.endsWith('/messages'));

describe('the Microsoft Graph connection test against a scripted Graph', () => {
  let graph: GraphFixture;
  const input = (overrides: Partial<GraphTestInput> = {}): GraphTestInput => ({
    accessToken: graph.token(),
    mailbox: 'invoices@contoso.test',
    baseUrl: graph.server.baseUrl,
    resource: GRAPH_AUDIENCE,
    caPem: graph.certificates.caPem,
    processingFolders: { successFolder: 'INBOX/Processed', failedFolder: 'FailedProcessing' },
    timeoutMs: 10_000,
    ...overrides,
  });

  beforeAll(async () => {
    graph = await startGraphFixture([
      {
        address: 'invoices@contoso.test',
        folders: [
          { displayName: 'Archive' },
          { displayName: "O'Neill Rechnungen" },
          { displayName: 'FailedProcessing' },
        ],
        inboxFolders: [{ displayName: 'Processed' }],
        messages: INVOICE_MESSAGES,
      },
      { address: 'bulk@contoso.test', messages: MANY_MESSAGES, inboxCounts: { total: 1500, unread: 0 } },
      { address: 'create@contoso.test' },
    ]);
  });
  afterAll(async () => graph.close());
  beforeEach(() => graph.server.reset());

  it('reads the Inbox counts, the folders and the 30-day preview, with every stage timed', async () => {
    const report = await runGraphTest(input());
    expect(report.error).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.stages.map((stage) => [stage.name, stage.status])).toEqual([
      ['dns', 'ok'],
      ['tcp', 'ok'],
      ['tls', 'ok'],
      ['graph', 'ok'],
      ['mailbox', 'ok'],
    ]);
    expect(renderMessage('en', report.stages[3]?.detail ?? { text: '' })).toBe(
      'Inbox of invoices@contoso.test read as app 71487acd-ec93-476d-bd0e-6c8b31831053',
    );
    expect(report.tls).toMatchObject({ authorized: true, trustedBy: 'authority' });
    expect(report.mailbox?.inbox).toEqual({ messages: 7, unseen: 5 });
    expect(report.mailbox?.folders).toEqual([
      'INBOX',
      'Archive',
      "O'Neill Rechnungen",
      'FailedProcessing',
      'INBOX/Processed',
    ]);
    expect(report.mailbox?.processingFolders).toEqual([
      { role: 'inbox', path: 'INBOX', exists: true, selectable: true },
      { role: 'success', path: 'INBOX/Processed', exists: true, selectable: true },
      { role: 'failed', path: 'FailedProcessing', exists: true, selectable: true },
    ]);
    expect(report.mailbox?.preview).toEqual({ days: 30, messages: 6, withDocuments: 4, pdf: 3, xml: 2, examined: 6 });
    expect(
      report.transcript?.some((line) =>
        line.startsWith('C: GET /v1.0/users/invoices%40contoso.test/mailFolders/inbox?'),
      ),
    ).toBe(true);
  });

  it('asks for metadata only: no body, no attachment content, nothing written without confirmation', async () => {
    await runGraphTest(input());
    const { requests } = graph.server;
    expect(requests.length).toBeGreaterThan(4);
    for (const request of requests) {
      expect(request.method).toBe('GET');
      expect(request.bearer).toBe(true);
      expect(request.path).not.toMatch(/\/attachments|\/\$value|\/messages\/[^/]+$/);
      expect(JSON.stringify(request.query)).not.toMatch(/contentBytes|body/i);
    }
    const [preview] = messagesRequests(requests);
    expect(preview?.query.$select).toBe('id,receivedDateTime,hasAttachments');
    expect(preview?.query.$expand).toBe('attachments($select=name,contentType,size)');
    const since = Date.parse(/^receivedDateTime ge (.*)$/.exec(preview?.query.$filter ?? '')?.[1] ?? '');
    expect(Math.abs(Date.now() - 30 * DAY - since)).toBeLessThan(60_000);
  });

  it('without the CA file the certificate is untrusted and not a single request is sent', async () => {
    const { caPem: _left, ...withoutCa } = input();
    const report = await runGraphTest(withoutCa);
    expect(report.error?.code).toBe('TLS_CERT_UNTRUSTED');
    expect(report.stages.find((stage) => stage.name === 'tls')?.status).toBe('failed');
    expect(report.stages.find((stage) => stage.name === 'graph')?.status).toBe('skipped');
    expect(graph.server.requests).toEqual([]);
  });

  it('"Validate SSL" off takes the certificate the CA file would have vouched for, and says it is not trusted', async () => {
    const { caPem: _left, ...withoutCa } = input();
    const report = await runGraphTest({ ...withoutCa, validateSsl: false });
    expect(report.ok).toBe(true);
    expect(report.tls?.authorized).toBe(false);
  });

  it('a pinned certificate is trusted by its fingerprint; another pin refuses it before the token is sent', async () => {
    const { caPem: _left, ...withoutCa } = input();
    const fingerprint = new X509Certificate(readFileSync(graph.certificates.serverCertFile)).fingerprint256;
    const pinned = await runGraphTest({ ...withoutCa, pinnedSha256: fingerprint });
    expect(pinned.ok).toBe(true);
    expect(pinned.tls?.trustedBy).toBe('fingerprint');
    graph.server.requests.length = 0;
    const otherPin = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    const refused = await runGraphTest({ ...withoutCa, pinnedSha256: otherPin });
    expect(refused.ok).toBe(false);
    expect(refused.stages.find((stage) => stage.name === 'tls')?.status).toBe('failed');
    expect(graph.server.requests).toEqual([]);
  });

  it('quotes a folder name with an apostrophe as OData wants it', async () => {
    const report = await runGraphTest(
      input({ processingFolders: { successFolder: "O'Neill Rechnungen", failedFolder: 'Archive' } }),
    );
    expect(report.mailbox?.processingFolders[1]).toMatchObject({ path: "O'Neill Rechnungen", exists: true });
    expect(graph.server.requests.map((request) => request.query.$filter)).toContain(
      "displayName eq 'O''Neill Rechnungen'",
    );
  });

  it('leaves a missing folder missing unless creation is confirmed, then creates it with its parent', async () => {
    const folders = { successFolder: 'Processed/2026', failedFolder: 'INBOX/Failed' };
    const unconfirmed = await runGraphTest(input({ mailbox: 'create@contoso.test', processingFolders: folders }));
    expect(unconfirmed.ok).toBe(true);
    expect(unconfirmed.mailbox?.processingFolders.slice(1)).toEqual([
      { role: 'success', path: 'Processed/2026', exists: false, selectable: false },
      { role: 'failed', path: 'INBOX/Failed', exists: false, selectable: false },
    ]);
    expect(renderMessage('en', unconfirmed.stages[4]?.detail ?? { text: '' })).toContain(
      'not ready: Processed/2026, INBOX/Failed',
    );
    expect(graph.server.requests.filter((request) => request.method === 'POST')).toEqual([]);

    graph.server.reset();
    const confirmed = await runGraphTest(
      input({ mailbox: 'create@contoso.test', processingFolders: folders, createMissingFolders: true }),
    );
    expect(confirmed.mailbox?.processingFolders.slice(1)).toEqual([
      { role: 'success', path: 'Processed/2026', exists: true, selectable: true, created: true },
      { role: 'failed', path: 'INBOX/Failed', exists: true, selectable: true, created: true },
    ]);
    const posts = graph.server.requests.filter((request) => request.method === 'POST');
    expect(posts.map((post) => [post.path.replace(/AAMkAD\d+/, '{id}'), post.body])).toEqual([
      ['/v1.0/users/create%40contoso.test/mailFolders', { displayName: 'Processed' }],
      ['/v1.0/users/create%40contoso.test/mailFolders/{id}/childFolders', { displayName: '2026' }],
      ['/v1.0/users/create%40contoso.test/mailFolders/{id}/childFolders', { displayName: 'Failed' }],
    ]);
    expect(graph.server.folderNames('create@contoso.test', 'Processed')).toEqual(['2026']);
    expect(graph.server.folderNames('create@contoso.test', 'INBOX')).toEqual(['Failed']);

    // Once there, a confirmed test finds them and creates nothing.
    graph.server.reset();
    const again = await runGraphTest(
      input({ mailbox: 'create@contoso.test', processingFolders: folders, createMissingFolders: true }),
    );
    expect(again.mailbox?.processingFolders.every((folder) => folder.selectable && !folder.created)).toBe(true);
    expect(graph.server.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('a refused creation (Mail.Read only) is the folder’s problem, not a failed test', async () => {
    const report = await runGraphTest(
      input({
        mailbox: 'create@contoso.test',
        accessToken: graph.token({ roles: ['Mail.Read'] }),
        processingFolders: { successFolder: 'ReadOnlyTry', failedFolder: 'INBOX/Failed' },
        createMissingFolders: true,
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.mailbox?.processingFolders[1]).toEqual({
      role: 'success',
      path: 'ReadOnlyTry',
      exists: false,
      selectable: false,
      problem: 'ErrorAccessDenied: Access is denied. Check credentials and try again.',
    });
  });

  it('pages through the preview up to its bound and counts the whole window', async () => {
    const report = await runGraphTest(input({ mailbox: 'bulk@contoso.test', timeoutMs: 30_000 }));
    expect(report.mailbox?.preview).toEqual({
      days: 30,
      messages: 1500,
      withDocuments: 334,
      pdf: 334,
      xml: 0,
      examined: PREVIEW_MAX_MESSAGES,
    });
    const pages = messagesRequests(graph.server.requests);
    expect(pages).toHaveLength(PREVIEW_MAX_MESSAGES / 100);
    // Every page after the first came from Graph's nextLink, with the same $select and $expand.
    expect(pages.map((page) => page.query.$skip)).toEqual([
      undefined,
      ...Array.from({ length: 9 }, (_, i) => String((i + 1) * 100)),
    ]);
    for (const page of pages) expect(page.query.$expand).toBe('attachments($select=name,contentType,size)');
  });

  it('never follows a nextLink to another host: the token stays with Graph', async () => {
    graph.server.script((request) =>
      request.path.endsWith('/messages')
        ? {
            status: 200,
            body: {
              value: [{ id: 'm1', attachments: [{ name: 'a.pdf', contentType: 'application/pdf', size: 1 }] }],
              '@odata.nextLink': 'https://graph.attacker.test/v1.0/users/x/messages?$skip=1',
            },
          }
        : undefined,
    );
    const report = await runGraphTest(input());
    expect(report.mailbox?.preview).toMatchObject({ messages: 1, examined: 1, pdf: 1 });
    expect(messagesRequests(graph.server.requests)).toHaveLength(1);
  });

  it('a stalled Graph ends at the deadline, Cancel ends it at once', async () => {
    graph.server.script((request) =>
      request.path.endsWith('/inbox') ? { status: 200, body: {}, delayMs: 5000 } : undefined,
    );
    const timedOut = await runGraphTest(input({ timeoutMs: 800 }));
    expect(timedOut.error?.code).toBe('CONNECTION_TIMEOUT');
    expect(timedOut.stages.find((stage) => stage.name === 'graph')?.status).toBe('failed');
    expect(timedOut.durationMs).toBeLessThan(3000);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const cancelled = await runGraphTest(input({ signal: controller.signal }));
    expect(cancelled.error?.code).toBe('CANCELLED');
  });

  it('refuses a base URL that is not https before any socket opens', async () => {
    const report = await runGraphTest(input({ baseUrl: graph.server.baseUrl.replace('https:', 'http:') }));
    expect(report.error?.code).toBe('INVALID_SETTINGS');
    expect(report.stages.every((stage) => stage.status === 'skipped')).toBe(true);
    expect(graph.server.requests).toEqual([]);
  });
});
