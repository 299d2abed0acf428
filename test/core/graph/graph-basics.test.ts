import { describe, expect, it } from 'vitest';
import { accessTokenClaims, grantsMailRead } from '../../../src/core/graph/access-token-claims';
import { retryAfterSeconds } from '../../../src/core/graph/graph-client';
import { graphEndpointOf } from '../../../src/core/graph/graph-endpoint';
import { redactToken, withoutToken } from '../../../src/core/graph/secret-redaction';

const jwt = (claims: unknown): string =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg`;

describe('the Graph endpoint of a base URL', () => {
  it('takes https hosts with an optional port, sovereign clouds and IP literals', () => {
    expect(graphEndpointOf('https://graph.microsoft.com')).toEqual({
      origin: 'https://graph.microsoft.com',
      host: 'graph.microsoft.com',
      port: 443,
      isIp: false,
    });
    expect(graphEndpointOf('https://microsoftgraph.chinacloudapi.cn/')?.host).toBe('microsoftgraph.chinacloudapi.cn');
    expect(graphEndpointOf('https://127.0.0.1:8443')).toMatchObject({ host: '127.0.0.1', port: 8443, isIp: true });
    expect(graphEndpointOf('https://[::1]:8443')).toMatchObject({ host: '::1', isIp: true });
  });

  it('refuses anything a bearer token must not be sent to or through', () => {
    for (const url of [
      'http://graph.microsoft.com',
      'https://graph.microsoft.com/v1.0',
      'https://graph.microsoft.com?x=1',
      'https://user:pass@graph.microsoft.com',
      'graph.microsoft.com',
    ])
      expect(graphEndpointOf(url), url).toBeUndefined();
  });
});

describe('an access token’s claims', () => {
  it('are read without checking the signature, bounded and typed', () => {
    expect(
      accessTokenClaims(
        jwt({
          aud: 'https://graph.microsoft.com',
          exp: 1700000000,
          roles: ['Mail.Read', 7],
          tid: 't',
          azp: 'a',
          oid: 'o',
        }),
      ),
    ).toEqual({
      audience: 'https://graph.microsoft.com',
      expiresAt: 1700000000,
      roles: ['Mail.Read'],
      tenantId: 't',
      appId: 'a',
      servicePrincipalId: 'o',
    });
    expect(accessTokenClaims('opaque-token')).toBeUndefined();
    expect(accessTokenClaims('a.bm90IGpzb24.c')).toBeUndefined();
    expect(grantsMailRead(accessTokenClaims(jwt({ roles: ['Mail.ReadWrite'] })))).toBe(true);
    expect(grantsMailRead(accessTokenClaims(jwt({ roles: ['Mail.Send'] })))).toBe(false);
  });
});

describe('Retry-After', () => {
  it('is read as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds(undefined)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
  });
});

describe('the token guard', () => {
  it('masks the token and its signature anywhere in a report, and leaves short words alone', () => {
    const token = jwt({ aud: 'x' });
    const signature = token.split('.')[2] ?? '';
    expect(withoutToken(`a ${token} b ${signature}`, token)).toBe('a <redacted> b <redacted>');
    expect(redactToken({ list: [{ text: `x${token}` }], n: 1, ok: true }, token)).toEqual({
      list: [{ text: 'x<redacted>' }],
      n: 1,
      ok: true,
    });
    // A signature too short to be one is not masked on its own (it could be a word); the token still is.
    expect(withoutToken('a.b.c and c', 'a.b.c')).toBe('<redacted> and c');
  });
});
