import net from 'node:net';
import tls, { type TLSSocket } from 'node:tls';
import type { ImapTransport, ImapTransportSocket } from 'imapflow';
import { REPORT_LIMITS, type TestFailure, type TlsInfo } from '../../shared/connection-test';
import { ConnectionTestFailure, failure } from './failure';
import type { StageRecorder } from './stage-recorder';
import { evaluateTrust, type TrustPolicy } from './tls-trust';
import type { Transcript } from './transcript';
import { literal, message, messageList, type Message } from '../../shared/i18n/message';

/** Longest greeting we wait for the end of: a server sending more before its first line ends is not talking IMAP. */
const MAX_GREETING_BYTES = 64 * 1024;
/**
 * Longest line after the greeting. A SEARCH of a busy inbox is one line: 30 days of a high-volume
 * invoice mailbox are hundreds of thousands of six- or seven-digit UIDs, a few MB.
 */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
/** What is kept of the previous chunk, so that a capability split across two chunks is still seen. */
const CAPABILITY_OVERLAP = 16;

/**
 * What one connection test may receive in all. imapflow bounds each response, not the session, so a
 * server streaming endless small untagged lines (a LIST that never ends) would grow its result until
 * the deadline. A real test (LIST of thousands of folders, one SEARCH, BODYSTRUCTURE of 1,000
 * messages) stays far below both.
 */
export const MAX_SESSION_BYTES = 16 * 1024 * 1024;
export const MAX_SESSION_LINES = 100_000;

export interface TransportObservations {
  greeting?: string;
  tls?: TlsInfo;
  /** Set when a guard refused to send credentials. */
  blockedCredentials?: TestFailure;
}

export interface TransportContext {
  stages: StageRecorder;
  transcript: Transcript;
  trust: TrustPolicy;
  /** TLS settings for the socket; Validate SSL, pins and CAs are applied by evaluateTrust. */
  tlsOptions: tls.ConnectionOptions;
  /** Appended to the tls (or starttls) stage detail: what this runtime could not offer. */
  tlsNote?: Message;
  /** True for SSL, TLS and STARTTLS: credentials may then only travel over TLS. */
  requireTlsForCredentials: boolean;
  observations: TransportObservations;
  localAddress?: string;
}

/** Both ends of the connection: the local address tells which interface or VPN was used. */
function connectedDetail(socket: net.Socket, options: { host: string; port: number }): Message {
  return message('stage.tcp.connected', {
    remote: `${socket.remoteAddress ?? options.host}:${socket.remotePort ?? options.port}`,
    local: socket.localAddress ?? '?',
  });
}

type WriteFn = (chunk: unknown, ...rest: unknown[]) => boolean;

/**
 * An imapflow transport that owns the sockets, so that one connection yields every stage's
 * timing, the certificate decision before any credential, and a transcript. Guards in the
 * write path make it impossible for a credential to leave on a connection where it must not.
 */
export function createInstrumentedTransport(context: TransportContext): ImapTransport {
  const { stages } = context;
  const session = {
    loginDisabled: false,
    secure: false,
    sawGreeting: false,
    /** The greeting received so far, until its line ends. */
    pending: '',
    /** The end of the previous chunk, for the LOGINDISABLED check. */
    tail: '',
    /** The length of the line being received. */
    lineBytes: 0,
    current: undefined as ImapTransportSocket | undefined,
    bytesReceived: 0,
    linesReceived: 0,
  };

  /** The session's share of the caps; the socket dies on the chunk that passes one. */
  const sessionLimitExceeded = (chunk: Buffer): TestFailure | undefined => {
    session.bytesReceived += chunk.length;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) session.linesReceived += 1;
    if (session.bytesReceived > MAX_SESSION_BYTES)
      return failure(
        'NOT_IMAP',
        message('failure.tooMuchData.message', { bytes: MAX_SESSION_BYTES }),
        message('failure.tooMuchData.hint'),
      );
    if (session.linesReceived > MAX_SESSION_LINES)
      return failure(
        'NOT_IMAP',
        message('failure.tooManyLines.message', { lines: MAX_SESSION_LINES }),
        message('failure.tooMuchData.hint'),
      );
    return undefined;
  };

  const watchServer = (socket: ImapTransportSocket): void => {
    session.current = socket;
    socket.on('data', (chunk: Buffer) => {
      // After STARTTLS the plain socket only carries ciphertext: the TLS socket reports the session.
      if (socket !== session.current) return;
      const exceeded = sessionLimitExceeded(chunk);
      if (exceeded) {
        socket.destroy(new ConnectionTestFailure(exceeded));
        return;
      }
      context.transcript.server(chunk);
      const text = chunk.toString('latin1');
      const lastBreak = text.lastIndexOf('\n');
      session.lineBytes = lastBreak < 0 ? session.lineBytes + text.length : text.length - lastBreak - 1;
      if (!session.sawGreeting) {
        session.pending = (session.pending + text).slice(-MAX_GREETING_BYTES - 1);
        checkGreeting(socket);
      }
      // With the end of the previous chunk: the capability may arrive split across two chunks.
      if (/\bLOGINDISABLED\b/i.test(session.tail + text) && !session.secure) session.loginDisabled = true;
      session.tail = text.slice(-CAPABILITY_OVERLAP);
      const lineLimit = session.sawGreeting ? MAX_LINE_BYTES : MAX_GREETING_BYTES;
      if (session.lineBytes > lineLimit) {
        socket.destroy(
          new ConnectionTestFailure(
            failure(
              'NOT_IMAP',
              message('failure.lineTooLong.message', { bytes: lineLimit }),
              message('failure.lineTooLong.hint'),
            ),
          ),
        );
      }
    });
  };

  const checkGreeting = (socket: ImapTransportSocket): void => {
    const end = session.pending.indexOf('\n');
    if (end < 0) return;
    session.sawGreeting = true;
    const line = session.pending.slice(0, end).replace(/\r$/, '');
    context.observations.greeting = line.slice(0, REPORT_LIMITS.greetingChars);
    if (/^\* (OK|PREAUTH)\b/i.test(line)) {
      // The capability list is reported on its own; the detail keeps the server's words.
      stages.ok('greeting', literal(line.replace(/^\* \w+ (\[[^\]]*\] )?/, '').slice(0, 120)));
    } else if (/^\* BYE\b/i.test(line)) {
      stages.fail('greeting', literal(line.slice(0, REPORT_LIMITS.greetingChars)));
      socket.destroy(
        new ConnectionTestFailure(
          failure(
            'SERVER_BYE',
            message('failure.bye.message', { reason: line.replace(/^\* BYE\s*/i, '').slice(0, 200) }),
            message('failure.bye.hint'),
          ),
        ),
      );
    } else {
      stages.fail('greeting', literal(line.slice(0, 200)));
      socket.destroy(
        new ConnectionTestFailure(
          failure(
            'NOT_IMAP',
            message('failure.notImap.message', { greeting: line.slice(0, 80) }),
            message('failure.notImap.hint'),
          ),
        ),
      );
    }
  };

  const guardWrites = (socket: ImapTransportSocket): void => {
    const original = socket.write.bind(socket) as WriteFn;
    (socket as unknown as { write: WriteFn }).write = (chunk: unknown, ...rest: unknown[]): boolean => {
      const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      const command = /^\S+ (LOGIN|AUTHENTICATE|STARTTLS)\b/i.exec(text)?.[1]?.toUpperCase();
      if (command === 'STARTTLS') stages.start('starttls');
      if (command === 'LOGIN' || command === 'AUTHENTICATE') {
        const refusal = credentialRefusal();
        if (refusal) {
          context.observations.blockedCredentials = refusal;
          socket.destroy(new ConnectionTestFailure(refusal));
          return false;
        }
        stages.start('auth');
      }
      context.transcript.client(text);
      return original(chunk, ...rest);
    };
  };

  const credentialRefusal = (): TestFailure | undefined => {
    if (session.secure) return undefined;
    if (context.requireTlsForCredentials) {
      return failure(
        'STARTTLS_UNAVAILABLE',
        message('failure.notEncrypted.message'),
        message('failure.notEncrypted.hint'),
      );
    }
    if (session.loginDisabled) {
      return failure('LOGIN_DISABLED', message('failure.loginDisabled.message'), message('failure.loginDisabled.hint'));
    }
    return undefined;
  };

  /** Runs the certificate decision; on refusal the socket dies before imapflow can log in. */
  const secureHandshake = (socket: TLSSocket, stage: 'tls' | 'starttls', onReady: () => void): void => {
    socket.once('secureConnect', () => {
      const verdict = evaluateTrust(socket, context.trust);
      context.observations.tls = verdict.tls;
      if (!verdict.trusted) {
        stages.fail(stage, verdict.failure.message);
        socket.destroy(new ConnectionTestFailure(verdict.failure));
        return;
      }
      // From here on credentials may go (credentialRefusal): a LOGINDISABLED seen before TLS no longer counts.
      session.secure = true;
      const notes = [
        ...(context.trust.validate || context.trust.pinnedSha256 ? [] : [message('stage.tls.notValidated')]),
        ...(context.tlsNote ? [context.tlsNote] : []),
      ];
      stages.ok(stage, messageList([literal(verdict.tls.protocol), literal(verdict.tls.cipher), ...notes], ', '));
      onReady();
    });
  };

  return {
    connect(options, onConnect) {
      stages.start('tcp');
      const target = {
        host: options.host,
        port: options.port,
        ...(context.localAddress ? { localAddress: context.localAddress } : {}),
      };
      if (!options.secure) {
        const socket = net.connect(target);
        socket.once('connect', () => {
          stages.ok('tcp', connectedDetail(socket, options));
          stages.start('greeting');
          onConnect();
          watchServer(socket);
        });
        guardWrites(socket);
        return socket;
      }
      const socket = tls.connect({
        ...context.tlsOptions,
        ...target,
        ...(options.servername ? { servername: options.servername } : {}),
      });
      socket.once('connect', () => {
        stages.ok('tcp', connectedDetail(socket, options));
        stages.start('tls');
      });
      secureHandshake(socket, 'tls', () => {
        stages.start('greeting');
        onConnect();
        watchServer(socket);
      });
      guardWrites(socket);
      return socket;
    },
    upgrade(plain, options, onSecure) {
      stages.start('starttls');
      session.current = undefined;
      const socket = tls.connect({
        ...context.tlsOptions,
        socket: plain as net.Socket,
        host: options.host,
        ...(options.servername ? { servername: options.servername } : {}),
      });
      secureHandshake(socket, 'starttls', () => {
        onSecure();
        watchServer(socket);
      });
      guardWrites(socket);
      return socket;
    },
  };
}
