import { performance } from 'node:perf_hooks';
import type { StageName, StageResult, TestFailure, TokenReport } from '../../shared/connection-test';
import { message } from '../../shared/i18n/message';
import { acquireAppToken, type AppToken } from './acquire-app-token';
import type { AppTokenInput } from './app-token-input';
import { tokenWarnings, type TokenPurpose } from './token-claims';

/** The token stage's findings as data, for the report (ConnectionTestReport.token). */
export type TokenStageDetail = TokenReport;

export type TokenStageOutcome =
  | { ok: true; stage: StageResult; detail: TokenStageDetail; token: AppToken }
  | { ok: false; stage: StageResult; detail: TokenStageDetail; error: TestFailure };

/**
 * The `token` stage of an IMAP-with-OAuth or Graph test: one token, timed, with its claims and the
 * roles the method still lacks. The token itself goes to the next stages only, never into the detail.
 */
export async function runTokenStage(
  input: AppTokenInput,
  purpose: TokenPurpose,
  onStart?: (name: StageName) => void,
): Promise<TokenStageOutcome> {
  onStart?.('token');
  const startedAt = performance.now();
  const outcome = await acquireAppToken(input);
  const ms = Math.round((performance.now() - startedAt) * 10) / 10;
  const { info } = outcome;
  const who = { authority: info.authority, tenant: info.tenant, clientId: info.clientId };
  if (!outcome.ok) {
    return {
      ok: false,
      stage: { name: 'token', status: 'failed', ms, detail: message('stage.token.refused', who) },
      detail: { ...info, warnings: [] },
      error: outcome.failure,
    };
  }
  const { claims } = outcome.token;
  const warnings = claims ? tokenWarnings(claims, purpose, info.resource, info.clientId) : [];
  const detail = message('stage.token.issued', {
    ...who,
    audience: claims?.audience ?? info.resource,
    roles: claims && claims.roles.length > 0 ? claims.roles.join(', ') : message('stage.token.noRoles'),
    expiresAt: claims?.expiresAt || outcome.token.expiresOn,
  });
  return {
    ok: true,
    stage: { name: 'token', status: 'ok', ms, detail },
    detail: { ...info, ...(claims ? { claims } : {}), warnings },
    token: outcome.token,
  };
}
