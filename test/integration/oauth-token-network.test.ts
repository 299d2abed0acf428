import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { acquireAppToken } from '../../src/core/oauth/acquire-app-token';
import type { AppTokenInput } from '../../src/core/oauth/app-token-input';
import { authorityNetworkClient } from '../../src/core/oauth/authority-network-client';
import { renderMessage } from '../../src/shared/i18n';
import { freePort } from '../support/free-port';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer';

// When the authority cannot be reached, the report reuses the connection test's codes (DNS, refused,
// TLS, timeout) with hints about reaching Entra ID over HTTPS, not about an IMAP service.
const TENANT = 'contoso.onmicrosoft.com';
const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const certificates = inject('dovecot').certificates;

function input(authorityHost: string, overrides: Partial<AppTokenInput> = {}): AppTokenInput {
  return {
    authorityHost,
    tenant: TENANT,
    clientId: CLIENT_ID,
    credential: { kind: 'secret', secret: 'a-secret-value-that-is-long-enough-0001' },
    resource: 'https://outlook.office365.com',
    trust: { caPems: [certificates.caPem] },
    timeoutMs: 5_000,
    ...overrides,
  };
}

/** Accepts TCP connections and never answers: a firewall that lets the SYN through and then nothing. */
let silent: net.Server;
let silentPort: number;
const silentSockets = new Set<net.Socket>();
let untrusted: TokenIssuer;

beforeAll(async () => {
  silent = net.createServer((socket) => silentSockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as net.AddressInfo).port;
  // Served with a certificate of a CA nobody trusts: what a TLS-inspecting proxy looks like.
  untrusted = await startTokenIssuer({
    certFile: certificates.unknownIssuerCertFile,
    keyFile: certificates.unknownIssuerKeyFile,
    tenants: [{ id: '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c', domains: [TENANT] }],
    apps: [],
  });
});

afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  await untrusted.close();
});

describe('the authority cannot be reached', () => {
  it('nothing listens: CONNECTION_REFUSED, with the HTTPS hint', async () => {
    const port = await freePort();
    const outcome = await acquireAppToken(input(`https://127.0.0.1:${port}`));
    expect(!outcome.ok && outcome.failure.code).toBe('CONNECTION_REFUSED');
    if (outcome.ok) return;
    expect(renderMessage('en', outcome.failure.hint)).toContain(`https://127.0.0.1:${port} over HTTPS (port 443)`);
  });

  it('a certificate this computer does not trust: TLS_CERT_UNTRUSTED, and the issuer never saw a request', async () => {
    const outcome = await acquireAppToken(input(untrusted.origin));
    expect(!outcome.ok && outcome.failure.code).toBe('TLS_CERT_UNTRUSTED');
    if (outcome.ok) return;
    expect(renderMessage('en', outcome.failure.hint)).toContain('proxy');
    // The TLS decision came before anything was sent: the secret never left.
    expect(untrusted.requests).toEqual([]);
  });

  it('an authority that never answers: CONNECTION_TIMEOUT at the deadline', async () => {
    const started = Date.now();
    const outcome = await acquireAppToken(input(`https://127.0.0.1:${silentPort}`, { timeoutMs: 600 }));
    expect(!outcome.ok && outcome.failure.code).toBe('CONNECTION_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cancelled while waiting: CANCELLED', async () => {
    const controller = new AbortController();
    const pending = acquireAppToken(input(`https://127.0.0.1:${silentPort}`, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    const outcome = await pending;
    expect(!outcome.ok && outcome.failure.code).toBe('CANCELLED');
  });

  it('cancelled before the start: CANCELLED, and no connection is made', async () => {
    const before = silentSockets.size;
    const outcome = await acquireAppToken(input(`https://127.0.0.1:${silentPort}`, { signal: AbortSignal.abort() }));
    expect(!outcome.ok && outcome.failure.code).toBe('CANCELLED');
    expect(silentSockets.size).toBe(before);
  });
});

describe('MSAL may talk to the authority only', () => {
  it("the network client refuses any other origin (Microsoft's instance discovery, IMDS) without connecting", async () => {
    const client = authorityNetworkClient({
      origin: `https://127.0.0.1:${silentPort}`,
      caPems: [],
      signal: new AbortController().signal,
    });
    const before = silentSockets.size;
    await expect(
      client.sendGetRequestAsync('https://login.microsoftonline.com/common/discovery/instance?api-version=1.1'),
    ).rejects.toThrow();
    await expect(client.sendGetRequestAsync(`http://127.0.0.1:${silentPort}/metadata/instance`)).rejects.toThrow();
    expect(client.lastFailure()).toEqual({ code: 'OFF_AUTHORITY', host: `127.0.0.1:${silentPort}` });
    expect(client.requested).toEqual([
      'https://login.microsoftonline.com/common/discovery/instance',
      `http://127.0.0.1:${silentPort}/metadata/instance`,
    ]);
    expect(silentSockets.size).toBe(before);
  });
});
