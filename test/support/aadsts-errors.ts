import { randomUUID } from 'node:crypto';

/** Entra ID's error body (v2.0 token endpoint), as MSAL and every other client parse it. */
export interface AadstsError {
  status: number;
  body: {
    error: string;
    error_description: string;
    error_codes: number[];
    timestamp: string;
    trace_id: string;
    correlation_id: string;
    error_uri: string;
  };
}

function aadsts(status: number, error: string, code: number, text: string): AadstsError {
  const timestamp = new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z';
  const traceId = randomUUID();
  const correlationId = randomUUID();
  return {
    status,
    body: {
      error,
      // The real service appends the ids to the description, separated by CRLF.
      error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

/** The texts as Entra ID words them (trimmed of links that only matter on the real service). */
export const AADSTS = {
  tenantNotFound: (tenant: string) =>
    aadsts(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  appNotFound: (clientId: string, tenant: string) =>
    aadsts(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    ),
  invalidSecret: (clientId: string) =>
    aadsts(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    ),
  expiredSecret: (clientId: string) =>
    aadsts(
      401,
      'invalid_client',
      7000222,
      `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    ),
  keyNotFound: (clientId: string, thumbprint: string) =>
    aadsts(
      401,
      'invalid_client',
      700027,
      `Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'.]`,
    ),
  badSignature: (clientId: string, thumbprint: string) =>
    aadsts(
      401,
      'invalid_client',
      700027,
      `Client assertion contains an invalid signature. [Reason - Key was found, but use of the key to verify the signature failed., Thumbprint of key used by client: '${thumbprint}', Found key 'Start=…', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'.]`,
    ),
  certificateExpired: (clientId: string, thumbprint: string, end: Date) =>
    aadsts(
      401,
      'invalid_client',
      1000502,
      `The certificate with identifier used to sign the client assertion is outside its validity window. [Reason - The key used is expired., Thumbprint of key used by client: '${thumbprint}', Found key 'End=${end.toISOString()}', app Id '${clientId}'.]`,
    ),
  assertionAudience: (audience: string) =>
    aadsts(
      400,
      'invalid_client',
      700023,
      `Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials. Audience: '${audience}'.`,
    ),
  assertionSubject: () =>
    aadsts(
      400,
      'invalid_client',
      700021,
      `Client assertion application identifier doesn't match 'client_id' parameter.`,
    ),
  assertionExpired: () => aadsts(400, 'invalid_client', 700024, 'Client assertion is not within its valid time range.'),
  noCredential: () =>
    aadsts(
      400,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
  badScope: (scope: string) =>
    aadsts(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    ),
  appDisabled: (clientId: string) =>
    aadsts(400, 'unauthorized_client', 7000112, `Application '${clientId}' is disabled.`),
  badGrant: () => aadsts(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.'),
};
