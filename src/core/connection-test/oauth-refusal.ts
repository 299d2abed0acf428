import type { TestFailure } from '../../shared/connection-test';
import { message } from '../../shared/i18n/message';
import { audienceFits, EXCHANGE_ONLINE_AUDIENCES, type AccessTokenFacts } from './access-token-facts';
import { failure } from './failure';

/** The sign-in of an OAuth 2.0 test: the mailbox named in XOAUTH2's user=, and what its token says. */
export interface OAuthSignIn {
  mailbox: string;
  token: AccessTokenFacts;
  /** The audiences the server accepts; Exchange Online's unless a sovereign cloud's are given. */
  acceptedAudiences?: readonly string[];
  /** Seconds since the epoch, now; for the expiry check. */
  now: number;
}

// Exchange Online's words (outlook.office365.com): a token it accepts for a service principal it does not
// know is "NO AUTHENTICATE failed."; one whose principal may not open the mailbox signs in, and every
// following command gets "BAD User is authenticated but not connected." (imapflow raises that on NAMESPACE).
const EXCHANGE_AUTHENTICATE_FAILED = /\bAUTHENTICATE failed\b/i;
const EXCHANGE_NOT_CONNECTED = /User is authenticated but not connected/i;
/** Quoted in the messages as Exchange words them, so an admin can search for them. */
const AUTHENTICATE_FAILED_REPLY = 'NO AUTHENTICATE failed.';
const NOT_CONNECTED_REPLY = 'BAD User is authenticated but not connected.';

/** Placeholders in the PowerShell lines when the token does not name the IDs (not a JWT). */
const UNKNOWN_ID = '<…>';

/**
 * A refused OAuth 2.0 sign-in in an Exchange admin's terms: the token itself (expired, for another
 * audience, or refused as such), or Exchange Online's two refusals of a token it accepted, each with the
 * PowerShell line that fixes it, filled with the IDs from the token.
 */
export function oauthRefusal(serverText: string, signIn: OAuthSignIn): TestFailure {
  const { token } = signIn;
  const clientId = token.clientId ?? UNKNOWN_ID;
  const objectId = token.servicePrincipalId ?? UNKNOWN_ID;
  if (EXCHANGE_NOT_CONNECTED.test(serverText))
    return failure(
      'OAUTH_MAILBOX_NO_ACCESS',
      message('failure.oauthMailboxNoAccess.message', {
        mailbox: signIn.mailbox,
        clientId,
        reply: NOT_CONNECTED_REPLY,
      }),
      message('failure.oauthMailboxNoAccess.hint', { mailbox: signIn.mailbox, servicePrincipalId: objectId }),
    );
  if (token.expiresAt !== undefined && token.expiresAt <= signIn.now)
    return failure(
      'OAUTH_TOKEN_REJECTED',
      message('failure.oauthTokenExpired.message', { expiredAt: new Date(token.expiresAt * 1000).toISOString() }),
      message('failure.oauthTokenExpired.hint'),
    );
  const accepted = signIn.acceptedAudiences ?? EXCHANGE_ONLINE_AUDIENCES;
  if (!audienceFits(token, accepted))
    return failure(
      'OAUTH_TOKEN_REJECTED',
      message('failure.oauthTokenAudience.message', {
        audience: token.audiences.join(', '),
        expected: accepted[0] ?? '',
      }),
      message('failure.oauthTokenAudience.hint', { expected: accepted[0] ?? '' }),
    );
  if (EXCHANGE_AUTHENTICATE_FAILED.test(serverText))
    return failure(
      'OAUTH_IMAP_NOT_AUTHORIZED',
      message('failure.oauthImapNotAuthorized.message', { mailbox: signIn.mailbox, reply: AUTHENTICATE_FAILED_REPLY }),
      message('failure.oauthImapNotAuthorized.hint', { clientId, objectId }),
    );
  return failure(
    'OAUTH_TOKEN_REJECTED',
    message('failure.oauthTokenRejected.message', { mailbox: signIn.mailbox }),
    message('failure.oauthTokenRejected.hint', { clientId }),
  );
}

/** Whether imapflow's error is Exchange's "authenticated but not connected", whatever stage raised it. */
export function isNotConnected(serverText: string): boolean {
  return EXCHANGE_NOT_CONNECTED.test(serverText);
}
