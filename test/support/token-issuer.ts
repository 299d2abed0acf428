import { X509Certificate, constants, createHash, createPublicKey, randomUUID, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { AADSTS, type AadstsError } from './aadsts-errors';
import { createTestSigningKey, signTestJwt, type TestSigningKey } from './test-jwt';

/** A tenant of the local Entra ID: found by its id or any of its domains, as the real one is. */
export interface IssuerTenant {
  id: string;
  domains: string[];
}

export interface IssuerSecret {
  value: string;
  expiresAt: Date;
}

export interface IssuerCertificate {
  /** The certificate's PEM (its public part, as uploaded under Certificates & secrets). */
  pem: string;
  /** The key credential's end date; defaults to the certificate's own. */
  expiresAt?: Date;
}

/** An app registration (with its service principal) in one tenant. */
export interface IssuerApp {
  appId: string;
  tenantId: string;
  secrets?: IssuerSecret[];
  certificates?: IssuerCertificate[];
  /** The application permissions consented, per resource: `{ 'https://outlook.office365.com': ['IMAP.AccessAsApp'] }`. */
  roles?: Record<string, string[]>;
  /** The enterprise application was disabled ("Enabled for users to sign in?" No): AADSTS7000112. */
  disabled?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path with query, as received. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface TokenIssuerOptions {
  /** The HTTPS server's certificate and key (the test CA's, for 127.0.0.1). */
  certFile: string;
  keyFile: string;
  tenants: IssuerTenant[];
  apps: IssuerApp[];
  signingKey?: TestSigningKey;
  tokenLifetimeSeconds?: number;
  /**
   * A hostile or broken service that repeats what it received (or was told) in its error texts:
   * the canary tests' way of putting a secret where the client must mask it.
   */
  echoInErrors?: (request: RecordedRequest) => string;
  /**
   * Claims added to every token issued (after the standard ones): the Dovecot tests' TEST_MAILBOX_CLAIM,
   * which Entra ID never issues (see dovecot-oauth2.ts), so a token from here signs a mailbox in there.
   */
  extraClaims?: (grant: { app: IssuerApp; tenant: IssuerTenant; resource: string }) => Record<string, unknown>;
}

export interface TokenIssuer {
  /** https://127.0.0.1:<port>, the authority host to give acquireAppToken. */
  origin: string;
  host: string;
  signingKey: TestSigningKey;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** The tokens issued, decoded (header and payload), in order. */
  issued: Record<string, unknown>[];
  close(): Promise<void>;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function thumbprints(pem: string): { sha1: string; sha256: string } {
  const der = new X509Certificate(pem).raw;
  return {
    sha1: createHash('sha1').update(der).digest('base64url'),
    sha256: createHash('sha256').update(der).digest('base64url'),
  };
}

function decodeSegment(segment: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** RS256 or PS256 (MSAL signs PS256 when it has a SHA-256 thumbprint), checked with the registered certificate. */
function signatureValid(assertion: string, alg: unknown, certificatePem: string): boolean {
  const [header, payload, signature] = assertion.split('.');
  if (!header || !payload || !signature) return false;
  const key = createPublicKey(certificatePem);
  const data = Buffer.from(`${header}.${payload}`);
  const bytes = Buffer.from(signature, 'base64url');
  if (alg === 'RS256') return verify('sha256', data, key, bytes);
  if (alg === 'PS256')
    return verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, bytes);
  return false;
}

/**
 * A local Entra ID v2.0 endpoint for the client-credentials flow over HTTPS on 127.0.0.1: the
 * openid-configuration, the keys, and the token endpoint with client secrets and certificate
 * assertions, answering the AADSTS errors the real one answers. Every request is recorded.
 */
export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const signingKey = options.signingKey ?? createTestSigningKey();
  const requests: RecordedRequest[] = [];
  const issued: Record<string, unknown>[] = [];
  const lifetime = options.tokenLifetimeSeconds ?? 3599;
  let origin = '';

  const tenantOf = (name: string) =>
    options.tenants.find(
      (tenant) =>
        tenant.id.toLowerCase() === name.toLowerCase() ||
        tenant.domains.some((domain) => domain.toLowerCase() === name.toLowerCase()),
    );

  function tokenAnswer(tenantName: string, form: URLSearchParams): { status: number; body: unknown } | AadstsError {
    const tenant = tenantOf(tenantName);
    if (!tenant) return AADSTS.tenantNotFound(tenantName);
    if (form.get('grant_type') !== 'client_credentials') return AADSTS.badGrant();
    const clientId = form.get('client_id') ?? '';
    const app = options.apps.find((candidate) => candidate.appId === clientId && candidate.tenantId === tenant.id);
    if (!app) return AADSTS.appNotFound(clientId, tenant.domains[0] ?? tenant.id);
    if (app.disabled) return AADSTS.appDisabled(clientId);
    const scope = form.get('scope') ?? '';
    // MSAL adds openid/profile/offline_access to delegated flows only; client credentials send the one scope.
    const resource = /^(https:\/\/[^\s/]+)\/\.default$/.exec(
      scope.split(' ').find((part) => part.endsWith('/.default')) ?? '',
    )?.[1];
    if (!resource) return AADSTS.badScope(scope);
    const now = Math.floor(Date.now() / 1000);

    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    let credentialKind: '1' | '2';
    if (secret !== null) {
      const matching = (app.secrets ?? []).filter((candidate) => candidate.value === secret);
      if (matching.length === 0) return AADSTS.invalidSecret(clientId);
      if (matching.every((candidate) => candidate.expiresAt.getTime() <= Date.now()))
        return AADSTS.expiredSecret(clientId);
      credentialKind = '1';
    } else if (assertion !== null && form.get('client_assertion_type') === ASSERTION_TYPE) {
      const [headerPart, payloadPart] = assertion.split('.');
      const header = decodeSegment(headerPart) ?? {};
      const claims = decodeSegment(payloadPart) ?? {};
      const named =
        typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : typeof header.x5t === 'string' ? header.x5t : '';
      const shown = Buffer.from(named, 'base64url').toString('hex').toUpperCase();
      const registered = (app.certificates ?? []).find((candidate) => {
        const prints = thumbprints(candidate.pem);
        return named !== '' && (named === prints.sha256 || named === prints.sha1);
      });
      if (!registered) return AADSTS.keyNotFound(clientId, shown);
      if (!signatureValid(assertion, header.alg, registered.pem)) return AADSTS.badSignature(clientId, shown);
      const end = registered.expiresAt ?? new Date(new X509Certificate(registered.pem).validTo);
      if (end.getTime() <= Date.now()) return AADSTS.certificateExpired(clientId, shown, end);
      if (
        claims.aud !== `${origin}/${tenantName}/oauth2/v2.0/token` &&
        claims.aud !== `${origin}/${tenant.id}/oauth2/v2.0/token`
      )
        return AADSTS.assertionAudience(String(claims.aud));
      if (claims.iss !== clientId || claims.sub !== clientId) return AADSTS.assertionSubject();
      if (typeof claims.exp !== 'number' || claims.exp <= now) return AADSTS.assertionExpired();
      credentialKind = '2';
    } else return AADSTS.noCredential();

    const payload = {
      aud: resource,
      iss: `https://sts.windows.net/${tenant.id}/`,
      iat: now,
      nbf: now,
      exp: now + lifetime,
      appid: app.appId,
      appidacr: credentialKind,
      idtyp: 'app',
      oid: randomUUID(),
      sub: randomUUID(),
      tid: tenant.id,
      roles: app.roles?.[resource] ?? [],
      ver: '1.0',
      ...options.extraClaims?.({ app, tenant, resource }),
    };
    issued.push(payload);
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: signTestJwt(payload, signingKey),
      },
    };
  }

  function openidConfiguration(tenant: IssuerTenant): unknown {
    const base = `${origin}/${tenant.id}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      tenant_region_scope: 'EU',
    };
  }

  const server = https.createServer(
    { cert: readFileSync(options.certFile), key: readFileSync(options.keyFile) },
    (incoming, response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= 1024 * 1024) chunks.push(chunk);
      });
      incoming.on('end', () => {
        const recorded: RecordedRequest = {
          method: incoming.method ?? '',
          path: incoming.url ?? '',
          headers: { ...incoming.headers },
          body: Buffer.concat(chunks).toString('utf8'),
        };
        requests.push(recorded);
        const send = (status: number, body: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
        };
        const path = new URL(recorded.path, 'https://x').pathname;
        const wellKnown = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
        const keys = /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(path);
        const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
        if ((wellKnown || keys) && recorded.method === 'GET') {
          const tenant = tenantOf(decodeURIComponent((wellKnown ?? keys)![1]!));
          if (!tenant) {
            const error = AADSTS.tenantNotFound((wellKnown ?? keys)![1]!);
            return send(error.status, error.body);
          }
          if (wellKnown) return send(200, openidConfiguration(tenant));
          const jwk = createPublicKey(signingKey.publicKeyPem).export({ format: 'jwk' });
          return send(200, { keys: [{ ...jwk, kid: signingKey.kid, use: 'sig', kty: 'RSA' }] });
        }
        if (token && recorded.method === 'POST') {
          const answer = tokenAnswer(decodeURIComponent(token[1]!), new URLSearchParams(recorded.body));
          if (answer.status !== 200 && options.echoInErrors) {
            // Into the description's first line, where a client shows Entra ID's words.
            const body = answer.body as AadstsError['body'];
            const [first, ...rest] = body.error_description.split('\r\n');
            const echoed = [`${first} ${options.echoInErrors(recorded)}`, ...rest].join('\r\n');
            return send(answer.status, { ...body, error_description: echoed });
          }
          return send(answer.status, answer.body);
        }
        send(404, { error: 'not_found', error_description: `No such endpoint: ${recorded.method} ${path}` });
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    signingKey,
    requests,
    issued,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
