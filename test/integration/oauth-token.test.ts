import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { acquireAppToken } from '../../src/core/oauth/acquire-app-token';
import type { AppCredential, AppTokenInput } from '../../src/core/oauth/app-token-input';
import { runTokenStage } from '../../src/core/oauth/token-stage';
import { renderMessage } from '../../src/shared/i18n';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer';

// A local Entra ID on 127.0.0.1 (HTTPS, the test CA): MSAL gets its tokens and its refusals from it.
const TENANT_ID = '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c';
const IMAP_APP = '11111111-2222-4333-8444-555555555555';
const BARE_APP = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const OTHER_TENANT_APP = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
const SECRET = 'Qm8~rT2.vXy_4Lk9-WzP3~nB6hJs1dF0gC5aE7uVq';
const EXPIRED_SECRET = 'Zx9~oldSecret.ab12_cd34-ef56~gh78ij90kl12';
const OUTLOOK = 'https://outlook.office365.com';
const GRAPH = 'https://graph.microsoft.com';

const certificates = inject('dovecot').certificates;
const pemOf = (certFile: string, keyFile: string) => readFileSync(certFile, 'utf8') + readFileSync(keyFile, 'utf8');
// The app's certificates: one registered, one registered but expired there, one never uploaded.
const REGISTERED_PEM = pemOf(certificates.selfSignedCertFile, certificates.selfSignedKeyFile);
const EXPIRED_IN_ENTRA_PEM = pemOf(certificates.noNamesCertFile, certificates.noNamesKeyFile);
const UNREGISTERED_PEM = pemOf(certificates.wrongHostCertFile, certificates.wrongHostKeyFile);
const sha256Of = (certFile: string) =>
  new X509Certificate(readFileSync(certFile)).fingerprint256.replaceAll(':', '').toLowerCase();

let issuer: TokenIssuer;

beforeAll(async () => {
  issuer = await startTokenIssuer({
    certFile: certificates.serverCertFile,
    keyFile: certificates.serverKeyFile,
    tenants: [
      { id: TENANT_ID, domains: ['contoso.onmicrosoft.com', 'contoso.com'] },
      { id: '99999999-8888-4777-8666-555555555555', domains: ['fabrikam.onmicrosoft.com'] },
    ],
    apps: [
      {
        appId: IMAP_APP,
        tenantId: TENANT_ID,
        secrets: [
          { value: SECRET, expiresAt: new Date(Date.now() + 86_400_000) },
          { value: EXPIRED_SECRET, expiresAt: new Date(Date.now() - 86_400_000) },
        ],
        certificates: [
          { pem: readFileSync(certificates.selfSignedCertFile, 'utf8') },
          { pem: readFileSync(certificates.noNamesCertFile, 'utf8'), expiresAt: new Date(Date.now() - 60_000) },
        ],
        roles: { [OUTLOOK]: ['IMAP.AccessAsApp'], [GRAPH]: ['Mail.Read'] },
      },
      {
        appId: BARE_APP,
        tenantId: TENANT_ID,
        secrets: [{ value: SECRET, expiresAt: new Date(Date.now() + 86_400_000) }],
      },
      { appId: OTHER_TENANT_APP, tenantId: '99999999-8888-4777-8666-555555555555', secrets: [] },
    ],
  });
});

afterAll(async () => {
  await issuer.close();
});

function input(overrides: Partial<AppTokenInput> & { credential?: AppCredential } = {}): AppTokenInput {
  return {
    authorityHost: issuer.origin,
    tenant: TENANT_ID,
    clientId: IMAP_APP,
    credential: { kind: 'secret', secret: SECRET },
    resource: OUTLOOK,
    trust: { caPems: [certificates.caPem] },
    timeoutMs: 10_000,
    ...overrides,
  };
}

/** The requests this test caused: the issuer records every one since the mark. */
function since(mark: number) {
  return issuer.requests.slice(mark);
}

describe('app-only tokens from the local Entra ID through MSAL', () => {
  it('a client secret gets a token whose claims are decoded, with one request only: the token POST', async () => {
    const mark = issuer.requests.length;
    const outcome = await acquireAppToken(input());
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.token.claims).toMatchObject({
      audience: OUTLOOK,
      roles: ['IMAP.AccessAsApp'],
      tenantId: TENANT_ID,
      appId: IMAP_APP,
    });
    const expiresIn = Date.parse(outcome.token.claims!.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(3000_000);
    expect(expiresIn).toBeLessThanOrEqual(3600_000);

    // No discovery: MSAL was given the metadata, so the token endpoint is all it asked for.
    const tokenEndpoint = `${issuer.origin}/${TENANT_ID}/oauth2/v2.0/token`;
    expect(outcome.info.requested).toEqual([tokenEndpoint]);
    const requests = since(mark);
    expect(requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      `POST /${TENANT_ID}/oauth2/v2.0/token`,
    ]);
    const form = new URLSearchParams(requests[0]!.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe(`${OUTLOOK}/.default`);
    expect(form.get('client_secret')).toBe(SECRET);
    // The secret went in the body of that POST and nowhere else: not in a path, query or header.
    expect(JSON.stringify(requests.map(({ path, headers }) => ({ path, headers })))).not.toContain(SECRET.slice(0, 12));
    expect(JSON.stringify(outcome.info)).not.toContain(SECRET);
  });

  it('the tenant may be given by its domain, and Graph is only another resource', async () => {
    const outcome = await acquireAppToken(input({ tenant: 'contoso.onmicrosoft.com', resource: GRAPH }));
    expect(outcome.ok && outcome.token.claims).toMatchObject({
      audience: GRAPH,
      roles: ['Mail.Read'],
      tenantId: TENANT_ID,
    });
  });

  it('a certificate signs a client assertion the issuer verifies with the uploaded certificate; no secret is sent', async () => {
    const mark = issuer.requests.length;
    const outcome = await acquireAppToken(input({ credential: { kind: 'certificate', pem: REGISTERED_PEM } }));
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    expect(outcome.info.thumbprintSha256).toBe(sha256Of(certificates.selfSignedCertFile));
    const form = new URLSearchParams(since(mark)[0]!.body);
    expect(form.get('client_secret')).toBeNull();
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    // The issuer checked signature, audience, issuer and expiry before it issued this (appidacr 2: certificate).
    expect(issuer.issued.at(-1)).toMatchObject({ appid: IMAP_APP, appidacr: '2', aud: OUTLOOK });
    expect(since(mark)).toHaveLength(1);
  });

  it('each new call is a new MSAL application: a refused secret after a good one is refused, not served from a cache', async () => {
    expect((await acquireAppToken(input())).ok).toBe(true);
    const refused = await acquireAppToken(
      input({ credential: { kind: 'secret', secret: 'not-the-secret-at-all-0123456789' } }),
    );
    expect(!refused.ok && refused.failure.code).toBe('OAUTH_SECRET_INVALID');
  });
});

describe("Entra ID's refusals become codes with hints that carry the account's values", () => {
  it.each<[string, Partial<AppTokenInput>, string, RegExp]>([
    ['an unknown tenant', { tenant: 'nowhere.onmicrosoft.com' }, 'OAUTH_TENANT_NOT_FOUND', /Directory \(tenant\) ID/],
    ['an app of another tenant', { clientId: OTHER_TENANT_APP }, 'OAUTH_APP_NOT_FOUND', /App registrations > Overview/],
    [
      'a wrong secret',
      { credential: { kind: 'secret', secret: 'wrong-secret-value-0123456789abcdef' } },
      'OAUTH_SECRET_INVALID',
      new RegExp(`App registrations > ${IMAP_APP} > Certificates & secrets`),
    ],
    [
      'an expired secret',
      { credential: { kind: 'secret', secret: EXPIRED_SECRET } },
      'OAUTH_SECRET_EXPIRED',
      /New client secret/,
    ],
    [
      'a certificate never uploaded',
      { credential: { kind: 'certificate', pem: UNREGISTERED_PEM } },
      'OAUTH_CERT_NOT_REGISTERED',
      /Certificates & secrets > Certificates/,
    ],
    [
      'a certificate expired in the app registration',
      { credential: { kind: 'certificate', pem: EXPIRED_IN_ENTRA_PEM } },
      'OAUTH_CERT_EXPIRED',
      /Create a new certificate/,
    ],
  ])('%s', async (_what, overrides, code, hint) => {
    const outcome = await acquireAppToken(input(overrides));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe(code);
    expect(renderMessage('en', outcome.failure.hint)).toMatch(hint);
    expect(renderMessage('de', outcome.failure.hint)).not.toMatch(/\{|\}/);
    const text = renderMessage('en', outcome.failure.message);
    if (code === 'OAUTH_TENANT_NOT_FOUND') expect(text).toContain('nowhere.onmicrosoft.com');
    if (code === 'OAUTH_APP_NOT_FOUND') expect(text).toContain(OTHER_TENANT_APP);
    // The SHA-1 thumbprint, as the portal's Certificates list shows it.
    if (code.startsWith('OAUTH_CERT')) expect(text).toMatch(new RegExp(`thumbprint ${outcome.info.thumbprintSha1}\\b`));
  });
});

describe('the token stage', () => {
  it('reports authority, tenant, app and claims, and warns of the roles the method lacks', async () => {
    const imap = await runTokenStage(input(), 'imap-oauth');
    expect(imap.ok).toBe(true);
    expect(imap.stage).toMatchObject({ name: 'token', status: 'ok' });
    expect(imap.detail).toMatchObject({
      authority: `${issuer.origin}/${TENANT_ID}`,
      tenant: TENANT_ID,
      clientId: IMAP_APP,
    });
    expect(imap.detail.warnings).toEqual([]);
    const shown = renderMessage('en', imap.stage.detail!);
    expect(shown).toContain('roles: IMAP.AccessAsApp');
    expect(shown).toContain(OUTLOOK);
    expect(JSON.stringify(imap.stage) + JSON.stringify(imap.detail)).not.toContain(
      imap.ok ? imap.token.accessToken : '-',
    );

    const graph = await runTokenStage(input({ resource: GRAPH }), 'graph');
    expect(graph.detail.warnings.map((warning) => 'key' in warning && warning.key)).toEqual([
      'oauth.warning.graphReadOnly',
    ]);

    const bare = await runTokenStage(input({ clientId: BARE_APP }), 'imap-oauth');
    expect(bare.detail.claims?.roles).toEqual([]);
    expect(renderMessage('en', bare.detail.warnings[0]!)).toContain(
      `App registrations > ${BARE_APP} > API permissions`,
    );
    expect(renderMessage('en', bare.stage.detail!)).toContain('roles: none');
  });

  it('a refused token is a failed stage with the failure, and no claims', async () => {
    const refused = await runTokenStage(input({ tenant: 'fabrikam.com' }), 'graph');
    expect(refused.ok).toBe(false);
    expect(refused.stage).toMatchObject({ name: 'token', status: 'failed' });
    expect(!refused.ok && refused.error.code).toBe('OAUTH_TENANT_NOT_FOUND');
    expect(refused.detail.claims).toBeUndefined();
  });
});
