import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { acquireAppToken, type AppTokenOutcome } from '../../src/core/oauth/acquire-app-token';
import type { AppTokenInput } from '../../src/core/oauth/app-token-input';
import { MASKED } from '../../src/core/oauth/credential-mask';
import { runTokenStage } from '../../src/core/oauth/token-stage';
import { LOCALES, renderMessage } from '../../src/shared/i18n';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer';

// A service (or a proxy in front of it) that repeats the request in its error text: the client secret
// and, told by the test, the private key come back in the answer. The credential mask in
// acquireAppToken must keep both out of everything the app shows or keeps. Without the mask the
// echoed secret and key reach the failure's reason, and these tests fail.
const TENANT_ID = '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c';
const DISABLED_APP = '11111111-2222-4333-8444-555555555555';
// ~ and . are escaped in a form body: the echo carries the secret URL-encoded, not as typed.
const CANARY_SECRET = 'Cn7~canarySECRET.q1_w2-e3~r4t5y6u7i8o9p0A';
const certificates = inject('dovecot').certificates;
const KEY_PEM = readFileSync(certificates.selfSignedKeyFile, 'utf8');
const CERT_PEM = readFileSync(certificates.selfSignedCertFile, 'utf8');
const KEY_LINES = KEY_PEM.split('\n').filter((line) => line.length > 40 && !line.startsWith('-----'));

let issuer: TokenIssuer;

beforeAll(async () => {
  issuer = await startTokenIssuer({
    certFile: certificates.serverCertFile,
    keyFile: certificates.serverKeyFile,
    tenants: [{ id: TENANT_ID, domains: ['contoso.onmicrosoft.com'] }],
    apps: [
      {
        appId: DISABLED_APP,
        tenantId: TENANT_ID,
        disabled: true,
        secrets: [{ value: CANARY_SECRET, expiresAt: new Date(Date.now() + 86_400_000) }],
        certificates: [{ pem: CERT_PEM }],
      },
    ],
    // The secret as the form body carried it, then the key (the stand-in for any text that carries it).
    echoInErrors: (request) =>
      `Secret: ${/client_secret=[^&]*/.exec(request.body)?.[0] ?? 'none'} Line: ${KEY_LINES[1]} Key: ${KEY_PEM.trim()}`,
  });
});

afterAll(async () => {
  await issuer.close();
});

function input(overrides: Partial<AppTokenInput>): AppTokenInput {
  return {
    authorityHost: issuer.origin,
    tenant: TENANT_ID,
    clientId: DISABLED_APP,
    credential: { kind: 'secret', secret: CANARY_SECRET },
    resource: 'https://outlook.office365.com',
    trust: { caPems: [certificates.caPem] },
    timeoutMs: 10_000,
    ...overrides,
  };
}

/** Everything of an outcome a user, a log or a file could see: the data, and its words in each language. */
function everythingShown(outcome: AppTokenOutcome): string {
  const shown = [JSON.stringify(outcome)];
  if (!outcome.ok)
    for (const locale of LOCALES)
      shown.push(renderMessage(locale, outcome.failure.message), renderMessage(locale, outcome.failure.hint));
  return shown.join('\n');
}

function expectNoKeyMaterial(text: string): void {
  expect(text).not.toContain(KEY_PEM.trim());
  for (const line of KEY_LINES) expect(text).not.toContain(line);
}

describe('no client secret or private key in any output, even when the service echoes them', () => {
  it('a client secret echoed URL-encoded in the error text is masked', async () => {
    const outcome = await acquireAppToken(input({}));
    expect(!outcome.ok && outcome.failure.code).toBe('OAUTH_TOKEN_FAILED');
    // The echo did reach the client: the reason quotes Entra ID's text, with the secret masked in it.
    const reason = JSON.stringify(!outcome.ok && outcome.failure.message);
    expect(reason).toContain('AADSTS7000112');
    expect(reason).toContain(`client_secret=${MASKED}`);
    const shown = everythingShown(outcome);
    expect(shown).not.toContain(CANARY_SECRET);
    expect(shown).not.toContain(new URLSearchParams({ s: CANARY_SECRET }).toString().slice(2));
    expect(shown).not.toContain(encodeURIComponent(CANARY_SECRET));
  });

  it('a private key echoed whole or by the line is masked, for the certificate credential', async () => {
    const outcome = await acquireAppToken(input({ credential: { kind: 'certificate', pem: CERT_PEM + KEY_PEM } }));
    expect(!outcome.ok && outcome.failure.code).toBe('OAUTH_TOKEN_FAILED');
    const shown = everythingShown(outcome);
    expect(shown).toContain(`Key: ${MASKED}`);
    expect(shown).toContain(`Line: ${MASKED}`);
    expectNoKeyMaterial(shown);
  });

  it('the token stage carries neither, for either credential', async () => {
    const shownOf = (stage: Awaited<ReturnType<typeof runTokenStage>>) =>
      JSON.stringify(stage) + LOCALES.map((locale) => renderMessage(locale, stage.stage.detail!)).join('');
    const withSecret = await runTokenStage(input({}), 'imap-oauth');
    expect(withSecret.ok).toBe(false);
    expect(shownOf(withSecret)).toContain(MASKED);
    expect(shownOf(withSecret)).not.toContain(CANARY_SECRET);
    const withCertificate = await runTokenStage(
      input({ credential: { kind: 'certificate', pem: CERT_PEM + KEY_PEM } }),
      'graph',
    );
    expect(shownOf(withCertificate)).toContain(MASKED);
    expectNoKeyMaterial(shownOf(withCertificate));
  });
});
