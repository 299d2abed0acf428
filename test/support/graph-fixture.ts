import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestCertificates, type TestCertificates } from './certificates';
import { GRAPH_AUDIENCE, startGraphServer, type GraphMailboxSeed, type GraphServer } from './graph-server';
import { createTestSigningKey, signTestJwt, type TestSigningKey } from './test-jwt';

/** The IDs an app-only token of the test tenant carries; the hints' PowerShell is filled with them. */
export const TEST_APP = {
  tenantId: '4f1c2b7e-16a0-4c5d-9e8f-0a1b2c3d4e5f',
  clientId: '71487acd-ec93-476d-bd0e-6c8b31831053',
  servicePrincipalId: '6233fba6-0198-4277-892f-9275bf728bcc',
} as const;

export interface GraphFixture {
  server: GraphServer;
  key: TestSigningKey;
  certificates: TestCertificates;
  /** An app-only Graph token as Entra ID issues it, valid for an hour unless the claims say otherwise. */
  token: (claims?: Record<string, unknown>) => string;
  close: () => Promise<void>;
}

/**
 * A scripted Graph with a CA of its own (not the one the test workers trust through
 * NODE_EXTRA_CA_CERTS), so that trusting it takes the account's CA file, as an inspecting proxy's would.
 */
export async function startGraphFixture(mailboxes: GraphMailboxSeed[]): Promise<GraphFixture> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-graph-'));
  const certificates = createTestCertificates(directory);
  const key = createTestSigningKey();
  const server = await startGraphServer({
    certFile: certificates.serverCertFile,
    keyFile: certificates.serverKeyFile,
    signingKey: key,
    mailboxes,
  });
  const token = (claims: Record<string, unknown> = {}): string =>
    signTestJwt(
      {
        aud: GRAPH_AUDIENCE,
        iss: `https://sts.windows.net/${TEST_APP.tenantId}/`,
        tid: TEST_APP.tenantId,
        appid: TEST_APP.clientId,
        oid: TEST_APP.servicePrincipalId,
        roles: ['Mail.ReadWrite'],
        iat: Math.floor(Date.now() / 1000),
        exp: Math.floor(Date.now() / 1000) + 3600,
        ...claims,
      },
      key,
    );
  return {
    server,
    key,
    certificates,
    token,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
