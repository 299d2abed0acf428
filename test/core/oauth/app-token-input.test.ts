import { describe, expect, it } from 'vitest';
import { authorityAddressOf, invalidTokenInput, type AppTokenInput } from '../../../src/core/oauth/app-token-input';
import { MICROSOFT_CLOUDS, resourceOf } from '../../../src/shared/microsoft-clouds';

const valid: AppTokenInput = {
  authorityHost: MICROSOFT_CLOUDS.global.authorityHost,
  tenant: 'contoso.onmicrosoft.com',
  clientId: '11111111-2222-4333-8444-555555555555',
  credential: { kind: 'secret', secret: 'x'.repeat(40) },
  resource: resourceOf(MICROSOFT_CLOUDS.global.imapHost),
  timeoutMs: 15_000,
};
const keyOf = (overrides: Partial<AppTokenInput>) => {
  const problem = invalidTokenInput({ ...valid, ...overrides });
  return problem && 'key' in problem ? problem.key : problem;
};

describe('the token input is checked before anything is sent', () => {
  it('accepts the three clouds, a tenant ID or domain, and a local test authority', () => {
    for (const cloud of Object.values(MICROSOFT_CLOUDS))
      expect(keyOf({ authorityHost: cloud.authorityHost, resource: resourceOf(cloud.graphHost) })).toBeUndefined();
    expect(keyOf({ tenant: '3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c' })).toBeUndefined();
    expect(authorityAddressOf('https://127.0.0.1:4431', 'contoso.com')).toEqual({
      origin: 'https://127.0.0.1:4431',
      host: '127.0.0.1:4431',
      authority: 'https://127.0.0.1:4431/contoso.com',
    });
  });

  it.each<[string, Partial<AppTokenInput>, string]>([
    ['plain http', { authorityHost: 'http://login.microsoftonline.com' }, 'oauth.invalid.authority'],
    [
      'a path on the authority',
      { authorityHost: 'https://login.microsoftonline.com/common' },
      'oauth.invalid.authority',
    ],
    [
      'user info in the authority',
      { authorityHost: 'https://user:pw@login.microsoftonline.com' },
      'oauth.invalid.authority',
    ],
    ['a tenant that leaves its path segment', { tenant: '../common' }, 'oauth.invalid.tenant'],
    ['a tenant with a query', { tenant: 'contoso.com?x=1' }, 'oauth.invalid.tenant'],
    ['an empty tenant', { tenant: '' }, 'oauth.invalid.tenant'],
    ['a client ID that is no GUID', { clientId: 'my-app' }, 'oauth.invalid.clientId'],
    [
      'a resource with a path',
      { resource: 'https://outlook.office365.com/IMAP.AccessAsApp' },
      'oauth.invalid.resource',
    ],
    ['an empty secret', { credential: { kind: 'secret', secret: '' } }, 'oauth.invalid.secretEmpty'],
  ])('refuses %s', (_what, overrides, key) => {
    expect(keyOf(overrides)).toBe(key);
  });
});
