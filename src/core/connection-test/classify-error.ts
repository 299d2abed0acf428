import type { StageName, TestFailure } from '../../shared/connection-test';
import { ConnectionTestFailure, failure } from './failure';
import { t } from '../../shared/i18n';

export interface FailureContext {
  stage: StageName | undefined;
  server: string;
  port: number;
  implicitTls: boolean;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  /** imapflow's size-limit errors: the bound that was passed, and a literal's announced size. */
  maxSize?: unknown;
  literalSize?: unknown;
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
    const message =
      code === 'LiteralTooLarge'
        ? t('failure.literalTooLarge.message', { size: String(err.literalSize ?? '?'), bytes })
        : code === 'ResponseTooLarge'
          ? t('failure.responseTooLarge.message', { bytes })
          : t('failure.lineTooLong.message', { bytes });
    return failure('NOT_IMAP', message, t('failure.tooMuchData.hint'));
  }
  if (code === 'EAI_AGAIN') {
    return failure(
      'DNS_NOT_FOUND',
      t('failure.dnsNoServer.message', { server: context.server, code }),
      t('failure.dnsNoServer.hint'),
    );
  }
  if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
    return failure(
      'DNS_NOT_FOUND',
      t('failure.dnsNotFound.message', { server: context.server }),
      t('failure.dnsNotFound.hint'),
    );
  }
  if (code === 'ECONNREFUSED') {
    return failure(
      'CONNECTION_REFUSED',
      t('failure.refused.message', { where }),
      context.port === 993 ? t('failure.refused993.hint') : t('failure.refused.hint'),
    );
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return failure(
      'HOST_UNREACHABLE',
      t('failure.unreachable.message', { server: context.server, code }),
      t('failure.unreachable.hint'),
    );
  }
  // imapflow's socket inactivity timer (ETIMEOUT) can fire while the greeting is awaited: that is a greeting timeout.
  if (code === 'GREETING_TIMEOUT' || (code === 'ETIMEOUT' && context.stage === 'greeting')) {
    return greetingTimeout(context);
  }
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT' || code === 'CONNECT_TIMEOUT') {
    return failure('CONNECTION_TIMEOUT', t('failure.timeout.message', { where }), t('failure.timeout.hint'));
  }
  if (err.authenticationFailed === true || err.serverResponseCode === 'AUTHENTICATIONFAILED') {
    if (/login is disabled/i.test(text)) {
      return failure('LOGIN_DISABLED', t('failure.loginDisabled.message'), t('failure.loginDisabled.hint'));
    }
    return failure('AUTH_FAILED', t('failure.authFailed.message'), t('failure.authFailed.hint'));
  }
  if (err.tlsFailed === true && /STARTTLS/i.test(text)) {
    // The starttls stage runs from the moment the command is sent: then the server offered it and said no.
    if (context.stage === 'starttls')
      return failure(
        'STARTTLS_UNAVAILABLE',
        t('failure.starttlsRefused.message', { where }),
        t('failure.starttlsRefused.hint'),
      );
    return failure(
      'STARTTLS_UNAVAILABLE',
      t('failure.starttlsMissing.message', { where }),
      t('failure.starttlsMissing.hint'),
    );
  }
  if (context.stage === 'tls' || context.stage === 'starttls' || code.startsWith('ERR_SSL') || code === 'EPROTO') {
    if (TLS_WRONG_PORT.test(text) || (context.stage === 'tls' && context.port === 143)) {
      return failure(
        'TLS_HANDSHAKE_FAILED',
        t('failure.tlsWrongPort.message', { where }),
        t('failure.tlsWrongPort.hint'),
      );
    }
    return failure(
      'TLS_HANDSHAKE_FAILED',
      t('failure.tlsHandshake.message', { where, code: code || t('failure.noDetails') }),
      t('failure.tlsHandshake.hint'),
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
        t('failure.closedBeforeGreeting.message', { where }),
        t('failure.closedBeforeGreeting.hint'),
      );
    }
    return failure(
      'CONNECTION_CLOSED',
      t('failure.closed.message', { where, stage: context.stage ?? t('failure.stage.test') }),
      t('failure.closed.hint'),
    );
  }
  if (context.stage === 'mailbox') {
    return failure(
      'MAILBOX_UNAVAILABLE',
      t('failure.mailbox.message', { reason: text.slice(0, 200) }),
      t('failure.mailbox.hint'),
    );
  }
  return failure(
    'UNKNOWN',
    t('failure.unknown.message', { stage: context.stage ?? t('failure.stage.setup'), reason: text.slice(0, 200) }),
    t('failure.unknown.hint'),
  );
}

export function greetingTimeout(context: FailureContext): TestFailure {
  return failure(
    'GREETING_TIMEOUT',
    t('failure.greetingTimeout.message', { where: `${context.server}:${context.port}` }),
    context.implicitTls ? t('failure.greetingTimeoutTls.hint') : t('failure.greetingTimeoutPlain.hint'),
  );
}

export function connectionTimeout(context: FailureContext, timeoutMs: number): TestFailure {
  return failure(
    'CONNECTION_TIMEOUT',
    t('failure.deadline.message', {
      where: `${context.server}:${context.port}`,
      seconds: Math.round(timeoutMs / 1000),
      stage: context.stage ?? t('failure.stage.connect'),
    }),
    t('failure.deadline.hint'),
  );
}
