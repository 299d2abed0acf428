import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runGraphTest } from '../../src/core/graph/run-graph-test';
import type { GraphTestInput } from '../../src/core/graph/graph-test-input';
import type { ConnectionTestReport } from '../../src/shared/connection-test';
import { renderMessage } from '../../src/shared/i18n';
import { freePort } from '../support/free-port';
import { GRAPH_AUDIENCE, GRAPH_ERRORS } from '../support/graph-server';
import { startGraphFixture, TEST_APP, type GraphFixture } from '../support/graph-fixture';
import { createTestSigningKey, signTestJwt } from '../support/test-jwt';

const MAILBOX = 'invoices@contoso.test';

function words(report: ConnectionTestReport, locale: 'en' | 'de' = 'en') {
  if (!report.error) throw new Error(`expected a failure, got ${JSON.stringify(report.stages)}`);
  return {
    code: report.error.code,
    message: renderMessage(locale, report.error.message),
    hint: renderMessage(locale, report.error.hint),
  };
}

const stageStatus = (report: ConnectionTestReport, name: string) =>
  report.stages.find((stage) => stage.name === name)?.status;

describe('each refusal of Microsoft Graph becomes its code and a hint an admin can act on', () => {
  let graph: GraphFixture;
  const input = (overrides: Partial<GraphTestInput> = {}): GraphTestInput => ({
    accessToken: graph.token(),
    mailbox: MAILBOX,
    baseUrl: graph.server.baseUrl,
    resource: GRAPH_AUDIENCE,
    caPem: graph.certificates.caPem,
    timeoutMs: 10_000,
    ...overrides,
  });

  beforeAll(async () => {
    graph = await startGraphFixture([
      { address: MAILBOX, inboxFolders: [{ displayName: 'Processed' }] },
      { address: 'onprem@contoso.test', onPremises: true },
      { address: 'outside@contoso.test', excludedByAccessPolicy: true },
    ]);
  });
  afterAll(async () => graph.close());
  beforeEach(() => graph.server.reset());

  it('a token for another resource (Exchange’s IMAP audience): GRAPH_TOKEN_REJECTED, naming both', async () => {
    const report = await runGraphTest(input({ accessToken: graph.token({ aud: 'https://outlook.office365.com' }) }));
    expect(words(report)).toEqual({
      code: 'GRAPH_TOKEN_REJECTED',
      message:
        'The access token is for https://outlook.office365.com, not for Microsoft Graph (https://graph.microsoft.com), so Graph rejected it.',
      hint: expect.stringContaining('scope https://graph.microsoft.com/.default') as string,
    });
    expect(stageStatus(report, 'tls')).toBe('ok');
    expect(stageStatus(report, 'graph')).toBe('failed');
    expect(stageStatus(report, 'mailbox')).toBe('skipped');
  });

  it('an expired token: GRAPH_TOKEN_REJECTED with the time it expired', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 600;
    const report = await runGraphTest(input({ accessToken: graph.token({ exp: expiredAt }) }));
    expect(words(report).code).toBe('GRAPH_TOKEN_REJECTED');
    expect(words(report).message).toBe(
      `The access token expired at ${new Date(expiredAt * 1000).toISOString()}, so Microsoft Graph rejected it.`,
    );
  });

  it('a token signed by another key: GRAPH_TOKEN_REJECTED in Graph’s own words', async () => {
    const forged = signTestJwt(
      { aud: GRAPH_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600, roles: ['Mail.ReadWrite'] },
      graph.key,
      { signWith: createTestSigningKey().privateKey },
    );
    expect(words(await runGraphTest(input({ accessToken: forged })))).toMatchObject({
      code: 'GRAPH_TOKEN_REJECTED',
      message:
        'Microsoft Graph rejected the access token: InvalidAuthenticationToken: Access token validation failure.',
    });
  });

  it('no mail permission in the token: GRAPH_PERMISSION_MISSING with the RBAC for Applications lines filled in', async () => {
    const report = await runGraphTest(input({ accessToken: graph.token({ roles: ['User.Read.All'] }) }));
    const { code, message, hint } = words(report);
    expect(code).toBe('GRAPH_PERMISSION_MISSING');
    expect(message).toBe(
      'Microsoft Graph denied access to invoices@contoso.test; the token carries these application permissions: User.Read.All.',
    );
    expect(hint).toContain('application permission Mail.ReadWrite of Microsoft Graph and grant admin consent');
    const sp = TEST_APP.servicePrincipalId;
    expect(hint).toContain(
      `New-ServicePrincipal -AppId ${TEST_APP.clientId} -ObjectId ${sp}; ` +
        `New-ManagementScope -Name 'Mailbox Connect invoices@contoso.test' -RecipientRestrictionFilter "PrimarySmtpAddress -eq 'invoices@contoso.test'"; ` +
        `New-ManagementRoleAssignment -App ${sp} -Role 'Application Mail.ReadWrite' -CustomResourceScope 'Mailbox Connect invoices@contoso.test'; ` +
        `Test-ServicePrincipalAuthorization -Identity ${sp} -Resource 'invoices@contoso.test'`,
    );
    // German wording, same commands.
    const german = words(report, 'de');
    expect(german.hint).toContain('Anwendungsberechtigung Mail.ReadWrite von Microsoft Graph');
    expect(german.hint).toContain(
      `Test-ServicePrincipalAuthorization -Identity ${sp} -Resource 'invoices@contoso.test'`,
    );
  });

  it('a mailbox an application access policy leaves out ([RAOP]): GRAPH_MAILBOX_NOT_IN_SCOPE', async () => {
    const { code, message, hint } = words(await runGraphTest(input({ mailbox: 'outside@contoso.test' })));
    expect(code).toBe('GRAPH_MAILBOX_NOT_IN_SCOPE');
    expect(message).toBe('An application access policy of Exchange Online keeps the app out of outside@contoso.test.');
    expect(hint).toContain(`Test-ApplicationAccessPolicy -Identity 'outside@contoso.test' -AppId ${TEST_APP.clientId}`);
    expect(hint).toContain(`New-ManagementRoleAssignment -App ${TEST_APP.servicePrincipalId}`);
  });

  it('a mail permission in the token and still "access denied": the mailbox is out of the app’s scope', async () => {
    graph.server.script(() => GRAPH_ERRORS.accessDenied());
    const { code, message } = words(await runGraphTest(input({ accessToken: graph.token({ roles: ['Mail.Read'] }) })));
    expect(code).toBe('GRAPH_MAILBOX_NOT_IN_SCOPE');
    expect(message).toBe(
      'The app holds a mail permission but Exchange Online denied access to invoices@contoso.test: ErrorAccessDenied: Access is denied. Check credentials and try again.',
    );
  });

  it('an address Graph does not know: GRAPH_MAILBOX_NOT_FOUND, naming the tenant', async () => {
    const { code, message, hint } = words(await runGraphTest(input({ mailbox: 'nobody@contoso.test' })));
    expect(code).toBe('GRAPH_MAILBOX_NOT_FOUND');
    expect(message).toBe(
      "Microsoft Graph does not know the mailbox nobody@contoso.test: ErrorInvalidUser: The requested user 'nobody@contoso.test' is invalid.",
    );
    expect(hint).toContain(TEST_APP.tenantId);
  });

  it('a mailbox still on-premises (MailboxNotEnabledForRESTAPI): GRAPH_MAILBOX_NOT_FOUND, pointing to IMAP', async () => {
    const { code, hint } = words(await runGraphTest(input({ mailbox: 'onprem@contoso.test' })));
    expect(code).toBe('GRAPH_MAILBOX_NOT_FOUND');
    expect(hint).toContain('is connected with IMAP');
  });

  it('throttled once: waits Retry-After and goes on', async () => {
    let throttled = 0;
    graph.server.script((request) =>
      request.path.endsWith('/inbox') && throttled++ === 0 ? GRAPH_ERRORS.throttled(1) : undefined,
    );
    const report = await runGraphTest(input());
    expect(report.ok).toBe(true);
    expect(graph.server.requests.filter((request) => request.path.endsWith('/inbox'))).toHaveLength(2);
    expect(report.transcript).toContain('-- throttled, retrying after 1 s');
  });

  it('throttled again and again: GRAPH_THROTTLED after a bounded number of tries', async () => {
    graph.server.script(() => GRAPH_ERRORS.throttled(1));
    const { code, message } = words(await runGraphTest(input()));
    expect(code).toBe('GRAPH_THROTTLED');
    expect(message).toContain('asked to wait 1 s');
    expect(graph.server.requests).toHaveLength(3);
  });

  it('a Retry-After longer than the test may wait is not waited for', async () => {
    graph.server.script(() => GRAPH_ERRORS.throttled(120));
    const started = Date.now();
    const { code, message } = words(await runGraphTest(input()));
    expect(code).toBe('GRAPH_THROTTLED');
    expect(message).toContain('asked to wait 120 s');
    expect(graph.server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a proxy’s HTML page instead of Graph: GRAPH_UNEXPECTED_RESPONSE', async () => {
    graph.server.script(() => ({ status: 502, body: '<html><body>Bad gateway</body></html>' }));
    const { code, message } = words(await runGraphTest(input()));
    expect(code).toBe('GRAPH_UNEXPECTED_RESPONSE');
    expect(message).toBe('127.0.0.1 answered with status 502 in a way Microsoft Graph does not: HTTP 502');
  });

  it('nothing listening: CONNECTION_REFUSED with a hint about HTTPS to Graph, not about IMAP', async () => {
    const port = await freePort();
    const report = await runGraphTest(input({ baseUrl: `https://127.0.0.1:${port}` }));
    expect(words(report)).toMatchObject({
      code: 'CONNECTION_REFUSED',
      hint: `Check that this computer reaches 127.0.0.1 on port ${port} (HTTPS): the firewall or the proxy must allow it.`,
    });
    expect(stageStatus(report, 'tcp')).toBe('failed');
  });
});
