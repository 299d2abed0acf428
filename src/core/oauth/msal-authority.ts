import type { AuthorityAddress } from './app-token-input';

/**
 * The metadata MSAL would otherwise fetch: instance discovery (from login.microsoftonline.com, whatever the
 * authority) and the tenant's openid-configuration. Given here, MSAL's only request is the token POST,
 * so a test against a local issuer sends nothing off the machine and a real run one request less.
 */
export interface MsalAuthorityOptions {
  authority: string;
  knownAuthorities: string[];
  cloudDiscoveryMetadata: string;
  authorityMetadata: string;
}

export function tokenEndpointOf(address: AuthorityAddress): string {
  return `${address.authority}/oauth2/v2.0/token`;
}

export function msalAuthorityOptions(address: AuthorityAddress): MsalAuthorityOptions {
  const { origin, host, authority } = address;
  return {
    authority,
    knownAuthorities: [host],
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    }),
    // Entra ID's v2.0 openid-configuration, the fields MSAL reads (isOpenIdConfigResponse).
    authorityMetadata: JSON.stringify({
      token_endpoint: tokenEndpointOf(address),
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      issuer: `${authority}/v2.0`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: null,
      cloud_instance_name: new URL(origin).hostname,
    }),
  };
}
