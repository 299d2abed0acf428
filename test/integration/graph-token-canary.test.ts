import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runGraphTest } from '../../src/core/graph/run-graph-test';
import { renderMessage } from '../../src/shared/i18n';
import type { Message } from '../../src/shared/i18n/message';
import { GRAPH_AUDIENCE, graphError } from '../support/graph-server';
import { startGraphFixture, type GraphFixture } from '../support/graph-fixture';

/**
 * Every form the token could leave in: whole, its signature, JSON-escaped, base64 of it, and its
 * first 200 characters (what is left of an echo cut to length before it was masked).
 */
function formsOf(token: string): string[] {
  const signature = token.split('.')[2] ?? '';
  return [
    token,
    signature,
    token.slice(0, 200),
    JSON.stringify(token).slice(1, -1),
    Buffer.from(token).toString('base64'),
  ];
}

/** Every string a report shows, rendered in both languages, plus the report as data. */
function everythingShown(report: unknown): string {
  const rendered: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if ('key' in node || 'text' in node || 'list' in node || 'plural' in node) {
      rendered.push(renderMessage('en', node as Message), renderMessage('de', node as Message));
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(report);
  return [JSON.stringify(report), ...rendered].join('\n');
}

describe('a canary access token', () => {
  let graph: GraphFixture;
  const captured: string[] = [];

  beforeAll(async () => {
    graph = await startGraphFixture([
      { address: 'invoices@contoso.test', inboxFolders: [{ displayName: 'Processed' }] },
    ]);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void captured.push(args.map(String).join(' ')),
      );
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await graph.close();
  });

  it('reaches Graph, but never a report, its transcript or a log, even when Graph echoes it back', async () => {
    const token = graph.token({ roles: ['Mail.ReadWrite'], canary: 'graph-canary' });
    // A hostile or broken Graph repeats the Authorization header in everything it says.
    graph.server.script((request, raw) => {
      // A folder whose name is the token, in the listing the report keeps.
      if (request.path.endsWith('/mailFolders') && request.query.$top !== undefined)
        return { status: 200, body: { value: [{ id: 'f1', displayName: `Bearer ${raw.token ?? ''}` }] } };
      if (request.method === 'GET' && request.query.$filter?.startsWith('displayName eq')) {
        return graphError(403, 'ErrorAccessDenied', `Bearer ${raw.token ?? ''} may not read this folder`);
      }
      if (request.path.endsWith('/messages')) return graphError(400, 'BadRequest', `token ${raw.token ?? ''} refused`);
      return undefined;
    });
    const reports = [
      await runGraphTest({
        accessToken: token,
        mailbox: 'invoices@contoso.test',
        baseUrl: graph.server.baseUrl,
        resource: GRAPH_AUDIENCE,
        caPem: graph.certificates.caPem,
        processingFolders: { successFolder: 'INBOX/Processed', failedFolder: 'Failed' },
      }),
    ];
    graph.server.reset();
    // And when the refusal is the whole test's failure.
    graph.server.script((_request, raw) =>
      graphError(401, 'InvalidAuthenticationToken', `bad token ${raw.token ?? ''}`),
    );
    reports.push(
      await runGraphTest({
        accessToken: token,
        mailbox: 'invoices@contoso.test',
        baseUrl: graph.server.baseUrl,
        resource: GRAPH_AUDIENCE,
        caPem: graph.certificates.caPem,
      }),
    );

    // The canary did travel: Graph saw it, and echoed it into the folder problems, the preview and the failure.
    expect(reports[0]?.mailbox?.folders).toContain('Bearer <redacted>');
    expect(reports[0]?.mailbox?.processingFolders[1]?.problem).toBe(
      'ErrorAccessDenied: Bearer <redacted> may not read this folder',
    );
    expect(reports[0]?.mailbox?.previewProblem).toContain('refused');
    expect(reports[1]?.error?.code).toBe('GRAPH_TOKEN_REJECTED');
    expect(renderMessage('en', reports[1]?.error?.message ?? { text: '' })).toContain('bad token <redacted>');

    const shown = [...reports.map(everythingShown), ...captured].join('\n');
    for (const form of formsOf(token)) expect(shown).not.toContain(form);
  });
});
