import { readFileSync } from 'node:fs';
import type { AccountSettingsInput } from '../../src/shared/account';
import { startDovecot, TEST_USERS, type DovecotServer } from './dovecot';
import { entraIssuer, TEST_MAILBOX_CLAIM } from './dovecot-oauth2';
import { startGraphServer, type GraphServer } from './graph-server';
import { createTestSigningKey } from './test-jwt';
import { startTokenIssuer, type TokenIssuer } from './token-issuer';

/**
 * Microsoft 365 on this machine, as the end-to-end tests of the methods need it: a local Entra ID
 * (token issuer), Dovecot checking its tokens (oauth2 passdb) and a scripted Graph checking them too,
 * all with ONE signing key and one CA of their own (not the one the test workers trust), so the
 * account's CA file is what trusts Entra ID, the IMAP server and Graph: as an inspecting proxy's CA would.
 */
export const M365 = {
  tenantId: '2d7c9b1a-4e3f-4a5b-8c6d-7e8f9a0b1c2d',
  tenantDomain: 'contoso.onmicrosoft.com',
  clientId: '8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  secret: 'Xy7~canary.Q2w_E3r-T4y~U5i.O6p_A7s-D8f~G9h',
  mailbox: TEST_USERS.invoices.user,
} as const;

/** The resources as the account's server names them: https://<server>, without the port. */
const IMAP_RESOURCE = 'https://localhost';
const GRAPH_RESOURCE = 'https://127.0.0.1';

export interface M365Servers {
  dovecot: DovecotServer;
  issuer: TokenIssuer;
  graph: GraphServer;
  caPem: string;
  /** The app's certificate with its private key (PEM), registered with the app in the issuer. */
  certificatePem: string;
  /** The private key alone, as the PEM holds it. */
  privateKeyPem: string;
  certificateFile: string;
  stop(): Promise<void>;
}

export async function startM365Servers(): Promise<M365Servers> {
  const key = createTestSigningKey();
  const dovecot = await startDovecot({
    oauth2: { signingKey: key, issuers: [entraIssuer(M365.tenantId)], audience: IMAP_RESOURCE },
  });
  const { certificates } = dovecot;
  const certificateOnly = readFileSync(certificates.selfSignedCertFile, 'utf8');
  const privateKeyPem = readFileSync(certificates.selfSignedKeyFile, 'utf8');
  const issuer = await startTokenIssuer({
    certFile: certificates.serverCertFile,
    keyFile: certificates.serverKeyFile,
    signingKey: key,
    tenants: [{ id: M365.tenantId, domains: [M365.tenantDomain] }],
    apps: [
      {
        appId: M365.clientId,
        tenantId: M365.tenantId,
        secrets: [{ value: M365.secret, expiresAt: new Date(Date.now() + 86_400_000) }],
        certificates: [{ pem: certificateOnly }],
        roles: { [IMAP_RESOURCE]: ['IMAP.AccessAsApp'], [GRAPH_RESOURCE]: ['Mail.ReadWrite'] },
      },
    ],
    // The service principal's FullAccess to the mailbox, as the test Dovecot reads it (dovecot-oauth2.ts).
    extraClaims: () => ({ [TEST_MAILBOX_CLAIM]: M365.mailbox }),
  });
  const graph = await startGraphServer({
    certFile: certificates.serverCertFile,
    keyFile: certificates.serverKeyFile,
    signingKey: key,
    audience: GRAPH_RESOURCE,
    mailboxes: [
      {
        address: M365.mailbox,
        folders: [{ displayName: 'SuccessProcessing' }, { displayName: 'FailedProcessing' }],
        messages: [
          {
            receivedDateTime: new Date(Date.now() - 86_400_000).toISOString(),
            attachments: [{ name: 'invoice.pdf', contentType: 'application/pdf', size: 10_000 }],
          },
        ],
      },
    ],
  });
  return {
    dovecot,
    issuer,
    graph,
    caPem: certificates.caPem,
    certificatePem: `${certificateOnly}${privateKeyPem}`,
    privateKeyPem,
    certificateFile: certificates.selfSignedCertFile,
    stop: async () => {
      await Promise.all([issuer.close(), graph.close()]);
      await dovecot.stop();
    },
  };
}

/** A saved account of a Microsoft 365 method pointed at these servers: the settings the form would send. */
export function m365Settings(
  servers: M365Servers,
  method: 'imap-oauth' | 'graph',
  clientCredential: 'secret' | 'certificate',
  connectionName: string,
): AccountSettingsInput {
  return {
    method,
    tenant: M365.tenantId,
    clientId: M365.clientId,
    clientCredential,
    authorityHost: servers.issuer.host,
    server: method === 'graph' ? '127.0.0.1' : 'localhost',
    port: method === 'graph' ? servers.graph.port : servers.dovecot.imapsPort,
    encryption: 'tls',
    validateSsl: true,
    connectionName,
    emailAddress: M365.mailbox,
    userName: M365.mailbox,
    caCertificatePem: servers.caPem,
    insecureAcknowledged: false,
  };
}
