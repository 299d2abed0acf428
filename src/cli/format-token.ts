import type { TokenReport } from '../shared/connection-test';
import { english } from './english';

/**
 * The token stage's findings as the CLI prints them, after the stage list: who asked whom (authority,
 * tenant, app and how it proved itself), what the token says (audience, roles, tenant, expiry) and
 * what the admin must still grant. The token itself is never part of the report.
 */
export function formatToken(token: TokenReport): string[] {
  const credential =
    token.credential === 'certificate'
      ? `certificate${token.thumbprintSha1 ? ` (SHA-1 thumbprint ${token.thumbprintSha1})` : ''}`
      : 'client secret';
  const lines = [
    `Token: ${token.authority}, tenant ${token.tenant}, app ${token.clientId}, ${credential}, for ${token.resource}`,
  ];
  if (token.claims) {
    const { audience, roles, tenantId, appId, expiresAt } = token.claims;
    lines.push(
      `Token claims: audience ${audience}; roles ${roles.length > 0 ? roles.join(', ') : 'none'}; tenant ${tenantId}; app ${appId}; expires ${expiresAt}`,
    );
  }
  lines.push(...token.warnings.map((warning) => `Warning: ${english(warning)}`));
  return lines;
}

/** The token findings for --json: the warnings in English words, like every other message of the report. */
export function tokenText(token: TokenReport): Omit<TokenReport, 'warnings'> & { warnings: string[] } {
  return { ...token, warnings: token.warnings.map(english) };
}
