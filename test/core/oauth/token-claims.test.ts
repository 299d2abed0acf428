import { describe, expect, it } from 'vitest';
import { decodeTokenClaims, tokenWarnings, type TokenClaims } from '../../../src/core/oauth/token-claims';
import { createTestSigningKey, signTestJwt } from '../../support/test-jwt';

const key = createTestSigningKey();
const CLIENT_ID = '11111111-2222-4333-8444-555555555555';

function claims(overrides: Partial<TokenClaims>): TokenClaims {
  return {
    audience: 'https://outlook.office365.com',
    roles: [],
    tenantId: 'tid',
    appId: CLIENT_ID,
    expiresAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const keys = (warnings: ReturnType<typeof tokenWarnings>) => warnings.map((warning) => 'key' in warning && warning.key);

describe('decodeTokenClaims reads the payload only', () => {
  it('v1.0 (appid) and v2.0 (azp) tokens, roles and expiry', () => {
    const v1 = signTestJwt(
      { aud: 'https://outlook.office365.com', tid: 't1', appid: 'a1', roles: ['IMAP.AccessAsApp'], exp: 1_900_000_000 },
      key,
    );
    expect(decodeTokenClaims(v1)).toEqual({
      audience: 'https://outlook.office365.com',
      roles: ['IMAP.AccessAsApp'],
      tenantId: 't1',
      appId: 'a1',
      expiresAt: new Date(1_900_000_000_000).toISOString(),
    });
    const v2 = signTestJwt(
      { aud: 'https://graph.microsoft.com', tid: 't2', azp: 'a2', roles: ['Mail.Read', 7], exp: 1 },
      key,
    );
    expect(decodeTokenClaims(v2)).toMatchObject({ appId: 'a2', roles: ['Mail.Read'] });
  });

  it('an opaque or damaged token gives nothing rather than a guess', () => {
    expect(decodeTokenClaims('opaque-token')).toBeUndefined();
    expect(decodeTokenClaims('a.b.c')).toBeUndefined();
    expect(decodeTokenClaims(`x.${Buffer.from('[1]').toString('base64url')}.y`)).toBeUndefined();
    expect(decodeTokenClaims(`x.${Buffer.from('{"exp":"soon"}').toString('base64url')}.y`)).toMatchObject({
      expiresAt: '',
      roles: [],
    });
  });
});

describe('tokenWarnings names the permission the method still lacks', () => {
  it('IMAP needs IMAP.AccessAsApp', () => {
    expect(
      keys(
        tokenWarnings(
          claims({ roles: ['IMAP.AccessAsApp'] }),
          'imap-oauth',
          'https://outlook.office365.com',
          CLIENT_ID,
        ),
      ),
    ).toEqual([]);
    const missing = tokenWarnings(
      claims({ roles: ['Mail.Read'] }),
      'imap-oauth',
      'https://outlook.office365.com',
      CLIENT_ID,
    );
    expect(missing).toEqual([
      { key: 'oauth.warning.imapRoleMissing', params: { role: 'IMAP.AccessAsApp', clientId: CLIENT_ID } },
    ]);
  });

  it('Graph needs Mail.ReadWrite to create folders; Mail.Read only reads; neither does nothing', () => {
    const graph = (roles: string[]) =>
      keys(
        tokenWarnings(
          claims({ audience: 'https://graph.microsoft.com', roles }),
          'graph',
          'https://graph.microsoft.com/',
          CLIENT_ID,
        ),
      );
    expect(graph(['Mail.ReadWrite'])).toEqual([]);
    expect(graph(['Mail.Read'])).toEqual(['oauth.warning.graphReadOnly']);
    expect(graph(['IMAP.AccessAsApp'])).toEqual(['oauth.warning.graphRoleMissing']);
  });

  it('a token for another resource (another cloud) is said so', () => {
    const warnings = tokenWarnings(
      claims({ audience: 'https://outlook.office365.us', roles: ['IMAP.AccessAsApp'] }),
      'imap-oauth',
      'https://outlook.office365.com',
      CLIENT_ID,
    );
    expect(keys(warnings)).toEqual(['oauth.warning.audienceMismatch']);
  });
});
