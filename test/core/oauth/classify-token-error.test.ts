import { ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import {
  aadstsCodeOf,
  classifyTokenError,
  type TokenFailureContext,
} from '../../../src/core/oauth/classify-token-error';
import { renderMessage } from '../../../src/shared/i18n';

const context: TokenFailureContext = {
  authority: 'https://login.microsoftonline.com',
  authorityHost: 'login.microsoftonline.com',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-4333-8444-555555555555',
  thumbprint: 'ab12',
  timeoutMs: 15_000,
  cancelled: false,
  transport: undefined,
  maskText: (text) => text,
};

/** What MSAL throws for an Entra ID error body: the first of error_codes as errorNo. */
const serverError = (code: number) =>
  new ServerError('invalid_client', 'corr', `AADSTS${code}: text`, undefined, String(code), 400);

describe('classifyTokenError', () => {
  it.each<[number, string]>([
    [90002, 'OAUTH_TENANT_NOT_FOUND'],
    [700016, 'OAUTH_APP_NOT_FOUND'],
    [7000215, 'OAUTH_SECRET_INVALID'],
    [7000222, 'OAUTH_SECRET_EXPIRED'],
    [700027, 'OAUTH_CERT_NOT_REGISTERED'],
    [1000502, 'OAUTH_CERT_EXPIRED'],
    [7000112, 'OAUTH_TOKEN_FAILED'],
  ])('AADSTS%i → %s', (code, expected) => {
    expect(classifyTokenError(serverError(code), context).code).toBe(expected);
  });

  it('reads the AADSTS number from the text when errorNo is missing', () => {
    expect(aadstsCodeOf({ errorMessage: 'Error(s): - Description: AADSTS7000222: expired' })).toBe(7000222);
    expect(aadstsCodeOf(new Error('no code here'))).toBeUndefined();
  });

  it.each<[string, string]>([
    ['ENOTFOUND', 'DNS_NOT_FOUND'],
    ['EAI_AGAIN', 'DNS_NOT_FOUND'],
    ['ECONNREFUSED', 'CONNECTION_REFUSED'],
    ['ENETUNREACH', 'HOST_UNREACHABLE'],
    ['ETIMEDOUT', 'CONNECTION_TIMEOUT'],
    ['ABORTED', 'CONNECTION_TIMEOUT'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS_CERT_UNTRUSTED'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'TLS_CERT_UNTRUSTED'],
    ['CERT_HAS_EXPIRED', 'TLS_CERT_EXPIRED'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS_HOSTNAME_MISMATCH'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'TLS_HANDSHAKE_FAILED'],
    ['ECONNRESET', 'CONNECTION_CLOSED'],
    ['TOO_LARGE', 'OAUTH_TOKEN_FAILED'],
  ])('an authority that cannot be reached (%s) → %s, with the HTTPS hint', (code, expected) => {
    const failure = classifyTokenError(new Error('network_error'), {
      ...context,
      transport: { code, host: 'login.microsoftonline.com' },
    });
    expect(failure.code).toBe(expected);
    expect(renderMessage('en', failure.hint)).not.toMatch(/IMAP4/);
  });

  it('cancelled wins over whatever the network said', () => {
    const failure = classifyTokenError(serverError(90002), { ...context, cancelled: true });
    expect(failure.code).toBe('CANCELLED');
  });

  it("hints carry the account's values; the German text is complete", () => {
    const failure = classifyTokenError(serverError(7000215), context);
    expect(renderMessage('en', failure.hint)).toContain(
      `App registrations > ${context.clientId} > Certificates & secrets`,
    );
    expect(renderMessage('de', failure.hint)).toContain(
      `„App-Registrierungen“ > ${context.clientId} > „Zertifikate & Geheimnisse“`,
    );
  });

  it("the reason of an unknown refusal is Entra ID's first line, masked before it is cut", () => {
    const long = `AADSTS50000: ${'x'.repeat(490)}SECRETVALUE-THAT-STRADDLES-THE-CUT\r\nTrace ID: 1`;
    const failure = classifyTokenError(new ServerError('e', 'c', long), {
      ...context,
      maskText: (text) => text.replaceAll('SECRETVALUE-THAT-STRADDLES-THE-CUT', '••••••'),
    });
    expect(JSON.stringify(failure)).not.toContain('SECRETVALUE');
    expect(JSON.stringify(failure)).not.toContain('Trace ID');
  });
});
