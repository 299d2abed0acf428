import type { StageName, TestFailure } from '../../shared/connection-test';
import { ConnectionTestFailure, failure } from './failure';
import { message, type Message } from '../../shared/i18n/message';
import { STAGE_DURING_KEYS } from '../../shared/report-titles';
import { isNotConnected, oauthRefusal, type OAuthSignIn } from './oauth-refusal';

export interface FailureContext {
  stage: StageName | undefined;
  server: string;
  port: number;
  implicitTls: boolean;
  /** Set when the test signs in with an access token (XOAUTH2) instead of a password. */
  oauth?: OAuthSignIn;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  /** imapflow's copy of the server's words for a refused command (its message is only "Command failed"). */
  response?: unknown;
  /** imapflow's size-limit errors: the bound that was passed, and a literal's announced size. */
  maxSize?: unknown;
  literalSize?: unknown;
}

/** "during the greeting": the stage in words of the window's language, not its id. */
function during(stage: StageName | undefined, otherwise: Message): Message {
  return stage ? message(STAGE_DURING_KEYS[stage]) : otherwise;
}

const TLS_WRONG_PORT =
  /wrong version number|packet length too long|unknown protocol|http request|record layer failure/i;

/**
 * Turns whatever imapflow, Node or our own guards threw into one code with a message and a hint
 * written for an Exchange admin; the raw library text is never the only thing a user sees.
 */
export function classifyError(error: unknown, context: FailureContext): TestFailure {
  if (error instanceof ConnectionTestFailure) return error.failure;
  const err = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof err.code === 'string' ? err.code : '';
  const text = typeof err.message === 'string' ? err.message : String(error);
  const where = `${context.server}:${context.port}`;

  // imapflow's response limits (set in run-connection-test.ts) end the connection on purpose.
  if (code === 'LiteralTooLarge' || code === 'ResponseTooLarge' || code === 'LineTooLarge') {
    const bytes = typeof err.maxSize === 'number' ? err.maxSize : 0;
    const said =
      code === 'LiteralTooLarge'
        ? message('failure.literalTooLarge.message', { size: String(err.literalSize ?? '?'), bytes })
        : code === 'ResponseTooLarge'
          ? message('failure.responseTooLarge.message', { bytes })
          : message('failure.lineTooLong.message', { bytes });
    return failure('NOT_IMAP', said, message('failure.tooMuchData.hint'));
  }
  if (code === 'EAI_AGAIN') {
    return failure(
      'DNS_NOT_FOUND',
      message('failure.dnsNoServer.message', { server: context.server, code }),
      message('failure.dnsNoServer.hint'),
    );
  }
  if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
    return failure(
      'DNS_NOT_FOUND',
      message('failure.dnsNotFound.message', { server: context.server }),
      message('failure.dnsNotFound.hint'),
    );
  }
  if (code === 'ECONNREFUSED') {
    return failure(
      'CONNECTION_REFUSED',
      message('failure.refused.message', { where }),
      context.port === 993 ? message('failure.refused993.hint') : message('failure.refused.hint'),
    );
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return failure(
      'HOST_UNREACHABLE',
      message('failure.unreachable.message', { server: context.server, code }),
      message('failure.unreachable.hint'),
    );
  }
  // imapflow's socket inactivity timer (ETIMEOUT) can fire while the greeting is awaited: that is a greeting timeout.
  if (code === 'GREETING_TIMEOUT' || (code === 'ETIMEOUT' && context.stage === 'greeting')) {
    return greetingTimeout(context);
  }
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT' || code === 'CONNECT_TIMEOUT') {
    return failure(
      'CONNECTION_TIMEOUT',
      message('failure.timeout.message', { where }),
      message('failure.timeout.hint'),
    );
  }
  const refused = err.authenticationFailed === true || err.serverResponseCode === 'AUTHENTICATIONFAILED';
  if (context.oauth) {
    const serverText = [text, err.response, err.responseText].filter((part) => typeof part === 'string').join(' ');
    if (refused || isNotConnected(serverText)) return oauthRefusal(serverText, context.oauth);
  }
  if (refused) {
    if (/login is disabled/i.test(text)) {
      return failure('LOGIN_DISABLED', message('failure.loginDisabled.message'), message('failure.loginDisabled.hint'));
    }
    return failure('AUTH_FAILED', message('failure.authFailed.message'), message('failure.authFailed.hint'));
  }
  if (err.tlsFailed === true && /STARTTLS/i.test(text)) {
    // The starttls stage runs from the moment the command is sent: then the server offered it and said no.
    if (context.stage === 'starttls')
      return failure(
        'STARTTLS_UNAVAILABLE',
        message('failure.starttlsRefused.message', { where }),
        message('failure.starttlsRefused.hint'),
      );
    return failure(
      'STARTTLS_UNAVAILABLE',
      message('failure.starttlsMissing.message', { where }),
      message('failure.starttlsMissing.hint'),
    );
  }
  if (context.stage === 'tls' || context.stage === 'starttls' || code.startsWith('ERR_SSL') || code === 'EPROTO') {
    if (TLS_WRONG_PORT.test(text) || (context.stage === 'tls' && context.port === 143)) {
      return failure(
        'TLS_HANDSHAKE_FAILED',
        message('failure.tlsWrongPort.message', { where }),
        message('failure.tlsWrongPort.hint'),
      );
    }
    return failure(
      'TLS_HANDSHAKE_FAILED',
      message('failure.tlsHandshake.message', { where, code: code || message('failure.noDetails') }),
      message('failure.tlsHandshake.hint'),
    );
  }
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'NoConnection' ||
    code === 'EConnectionClosed' ||
    // imapflow's codes for a socket closed before connect() finished (its message: "Unexpected close")
    code === 'ClosedAfterConnectTLS' ||
    code === 'ClosedAfterConnectText' ||
    /closed/i.test(text)
  ) {
    if (context.stage === 'greeting' && context.implicitTls === false && context.port === 993) {
      return failure(
        'CONNECTION_CLOSED',
        message('failure.closedBeforeGreeting.message', { where }),
        message('failure.closedBeforeGreeting.hint'),
      );
    }
    return failure(
      'CONNECTION_CLOSED',
      message('failure.closed.message', { where, stage: during(context.stage, message('failure.stage.test')) }),
      message('failure.closed.hint'),
    );
  }
  if (context.stage === 'mailbox') {
    return failure(
      'MAILBOX_UNAVAILABLE',
      message('failure.mailbox.message', { reason: text.slice(0, 200) }),
      message('failure.mailbox.hint'),
    );
  }
  return failure(
    'UNKNOWN',
    message('failure.unknown.message', {
      stage: during(context.stage, message('failure.stage.setup')),
      reason: text.slice(0, 200),
    }),
    message('failure.unknown.hint'),
  );
}

export function greetingTimeout(context: FailureContext): TestFailure {
  return failure(
    'GREETING_TIMEOUT',
    message('failure.greetingTimeout.message', { where: `${context.server}:${context.port}` }),
    context.implicitTls ? message('failure.greetingTimeoutTls.hint') : message('failure.greetingTimeoutPlain.hint'),
  );
}

export function connectionTimeout(context: FailureContext, timeoutMs: number): TestFailure {
  return failure(
    'CONNECTION_TIMEOUT',
    message('failure.deadline.message', {
      where: `${context.server}:${context.port}`,
      seconds: Math.round(timeoutMs / 1000),
      stage: during(context.stage, message('failure.stage.connect')),
    }),
    message('failure.deadline.hint'),
  );
}
