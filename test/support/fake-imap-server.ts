import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

/** One command as the client sent it, after any TLS was taken off. */
export interface ReceivedCommand {
  tag: string;
  name: string;
  line: string;
  secure: boolean;
}

/**
 * A hostile answer: `head`, then `unit` again and again until `bytes` of units are written (the last
 * one cut to fit, so a literal of exactly `bytes` can be announced in `head`) or the client hangs up,
 * then the `tail` lines. Written as the socket drains, so the server never holds more than a chunk.
 */
export interface Flood {
  head?: string;
  unit: string;
  bytes: number;
  tail?: string[];
}

/** What the script does with a command: answer lines, close the connection, say nothing, or flood. */
export type Reaction = { lines: string[]; close?: boolean } | { silence: true } | { flood: Flood };

export interface CertificateFiles {
  certFile: string;
  keyFile: string;
}

export interface FakeImapOptions {
  host?: string;
  /** TLS from the first byte with this certificate. */
  implicitTls?: CertificateFiles;
  /** Offer STARTTLS and upgrade with this certificate. */
  starttls?: CertificateFiles;
  /** The first line; `null` greets never. Default: an OK greeting with the capabilities. */
  greeting?: string | null;
  /** Sends the greeting in two TCP segments, cut before this text (its first occurrence), 50 ms apart. */
  greetingCutBefore?: string;
  /** Instead of a greeting: an untagged line that never ends, up to this many bytes. */
  endlessLineBytes?: number;
  /** Extra capabilities, e.g. LOGINDISABLED. */
  capabilities?: string[];
  /**
   * A server's connection limit: a connection beyond it is greeted with BYE and closed. Sessions
   * count, as servers count them: a slot is free once LOGOUT is answered or the connection closes.
   */
  maxConnections?: number;
  /** Answers each command after this delay, so that connections overlap as on a busy server. */
  replyDelayMs?: number;
  /** Keep writing after the client half-closes (sent LOGOUT and FIN), as a hostile server may. */
  allowHalfOpen?: boolean;
  /** Overrides per command name (upper case); anything else gets a plausible IMAP answer. */
  script?: Partial<Record<string, (command: ReceivedCommand) => Reaction>>;
}

export interface FakeImapServer {
  host: string;
  port: number;
  /** Every command every client sent, in order (an AUTHENTICATE's SASL answer as name `SASL-RESPONSE`). */
  received: ReceivedCommand[];
  /** The SNI name of every TLS handshake (implicit or STARTTLS), in order; `false` when the client sent none. */
  serverNames: (string | false)[];
  /**
   * Every byte every client sent, in order, after any TLS was taken off: on a plain connection exactly
   * what crossed the wire, so a test can search it for a password in any encoding.
   */
  receivedBytes: () => Buffer;
  /** Bytes written by the endless-line script before the client hung up. */
  endlessBytesWritten: () => number;
  /** Resolves with the units' bytes written once every flood has stopped: complete, or the client hung up. */
  floodsStopped: () => Promise<number>;
  connections: () => number;
  /** The most connections open at the same time. */
  peakConnections: () => number;
  close: () => Promise<void>;
}

const CHUNK = Buffer.alloc(16 * 1024, 'A');

function capabilityLine(options: FakeImapOptions, secure: boolean): string {
  const starttls = options.starttls && !secure ? ['STARTTLS'] : [];
  return ['IMAP4rev1', ...starttls, ...(options.capabilities ?? [])].join(' ');
}

function defaultReaction(command: ReceivedCommand, options: FakeImapOptions): Reaction {
  const { tag, name } = command;
  switch (name) {
    case 'CAPABILITY':
      return { lines: [`* CAPABILITY ${capabilityLine(options, command.secure)}`, `${tag} OK CAPABILITY completed`] };
    case 'LOGIN':
    case 'SASL-RESPONSE':
      return { lines: [`${tag} OK [CAPABILITY IMAP4rev1] Logged in`] };
    case 'AUTHENTICATE':
      // Without an initial response the mechanism's answer comes on the next line (RFC 9051 6.2.2):
      // ask for it, as servers do, so that a client really sends its credentials.
      return command.line.split(' ').length > 3
        ? { lines: [`${tag} OK [CAPABILITY IMAP4rev1] Logged in`] }
        : { lines: ['+ '] };
    case 'LIST':
      return { lines: ['* LIST (\\HasNoChildren) "/" INBOX', `${tag} OK LIST completed`] };
    case 'STATUS':
      return { lines: ['* STATUS INBOX (MESSAGES 2 UNSEEN 1)', `${tag} OK STATUS completed`] };
    case 'LOGOUT':
      return { lines: ['* BYE Logging out', `${tag} OK LOGOUT completed`], close: true };
    default:
      return { lines: [`${tag} OK ${name} completed`] };
  }
}

/**
 * A scripted IMAP server on loopback for what Dovecot will not do (silence, BYE, a foreign greeting,
 * a dropped or stalled login, an endless line, no STARTTLS, bad certificates). It records every
 * command, so tests can assert that no LOGIN was ever sent where none may be.
 */
export async function startFakeImapServer(options: FakeImapOptions = {}): Promise<FakeImapServer> {
  const host = options.host ?? '127.0.0.1';
  const received: ReceivedCommand[] = [];
  const serverNames: (string | false)[] = [];
  const bytes: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let peak = 0;
  let endlessBytes = 0;
  let floodBytes = 0;
  const floods: Promise<void>[] = [];
  const contextOf = (files: CertificateFiles) =>
    tls.createSecureContext({ cert: readFileSync(files.certFile), key: readFileSync(files.keyFile) });

  // `countedAs`: after STARTTLS, the plain socket this connection was counted as.
  const serve = (socket: net.Socket, secure: boolean, countedAs?: net.Socket): void => {
    const slot = countedAs ?? socket;
    socket.on('error', () => undefined);
    if (!countedAs) {
      if (options.maxConnections !== undefined && sockets.size >= options.maxConnections) {
        socket.end('* BYE Too many simultaneous connections from this IP\r\n');
        return;
      }
      sockets.add(socket);
      peak = Math.max(peak, sockets.size);
      socket.on('close', () => sockets.delete(socket));
    }
    let buffer = '';
    let upgrading = false;
    // The tag of an AUTHENTICATE waiting for its SASL answer: the next line is that answer, not a command.
    let saslTag: string | undefined;

    const greet = (): void => {
      if (options.endlessLineBytes !== undefined) writeEndlessLine(options.endlessLineBytes);
      else if (options.greeting !== null) {
        const greeting = `${options.greeting ?? `* OK [CAPABILITY ${capabilityLine(options, secure)}] Fake IMAP ready`}\r\n`;
        const cut = options.greetingCutBefore ? greeting.indexOf(options.greetingCutBefore) : -1;
        if (cut < 0) socket.write(greeting);
        else {
          socket.setNoDelay(true);
          socket.write(greeting.slice(0, cut));
          setTimeout(() => socket.destroyed || socket.write(greeting.slice(cut)), 50);
        }
      }
    };

    // Bounded: stops after `limit` bytes, or as soon as the client hangs up.
    const writeEndlessLine = (limit: number): void => {
      socket.write('* OK ');
      const pump = (): void => {
        while (endlessBytes < limit && !socket.destroyed) {
          endlessBytes += CHUNK.length;
          if (!socket.write(CHUNK)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      pump();
    };

    // Bounded like the endless line: `flood.bytes`, or less when the client hangs up first.
    const writeFlood = (flood: Flood): void => {
      const block = flood.unit.repeat(Math.max(1, Math.ceil(CHUNK.length / flood.unit.length)));
      let written = 0;
      floods.push(
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          if (flood.head !== undefined) socket.write(flood.head);
          const pump = (): void => {
            while (written < flood.bytes && !socket.destroyed) {
              const piece = block.slice(0, Math.min(block.length, flood.bytes - written));
              written += piece.length;
              floodBytes += piece.length;
              if (!socket.write(piece, 'latin1')) {
                socket.once('drain', pump);
                return;
              }
            }
            if (!socket.destroyed) for (const text of flood.tail ?? []) socket.write(`${text}\r\n`);
            resolve();
          };
          pump();
        }),
      );
    };

    const handle = (line: string): void => {
      const [tag = '', rawName = ''] = line.split(' ');
      const command: ReceivedCommand =
        saslTag === undefined
          ? { tag, name: rawName.toUpperCase(), line, secure }
          : { tag: saslTag, name: 'SASL-RESPONSE', line, secure };
      received.push(command);
      if (command.name === 'STARTTLS' && options.starttls && !secure && !options.script?.STARTTLS) {
        upgrading = true;
        socket.write(`${tag} OK Begin TLS negotiation now\r\n`);
        socket.removeAllListeners('data');
        const upgraded = new tls.TLSSocket(socket, { isServer: true, secureContext: contextOf(options.starttls) });
        upgraded.once('secure', () => serverNames.push(upgraded.servername ?? false));
        serve(upgraded, true, slot);
        return;
      }
      const reaction = options.script?.[command.name]?.(command) ?? defaultReaction(command, options);
      saslTag =
        command.name === 'AUTHENTICATE' && 'lines' in reaction && reaction.lines.at(-1)?.startsWith('+')
          ? tag
          : undefined;
      if (command.name === 'LOGOUT') sockets.delete(slot);
      if ('silence' in reaction) return;
      if ('flood' in reaction) return writeFlood(reaction.flood);
      const reply = (): void => {
        for (const text of reaction.lines) socket.write(`${text}\r\n`);
        if (reaction.close) socket.end();
      };
      if (options.replyDelayMs) setTimeout(reply, options.replyDelayMs);
      else reply();
    };

    // latin1 keeps one character per byte, so literal sizes ({n}) count right.
    let literalAcknowledged = false;
    socket.on('data', (chunk: Buffer) => bytes.push(chunk));
    socket.on('data', (chunk: Buffer) => {
      if (upgrading) return;
      buffer += chunk.toString('latin1');
      let end = buffer.indexOf('\r\n');
      while (end >= 0 && !upgrading) {
        const literal = /\{(\d+)(\+?)\}$/.exec(buffer.slice(0, end));
        if (literal) {
          // A synchronising literal is acknowledged, and its bytes are joined to the line, as IMAP servers do.
          if (buffer.length < end + 2 + Number(literal[1])) {
            if (!literal[2] && !literalAcknowledged) socket.write('+ Ready for literal data\r\n');
            literalAcknowledged = true;
            return;
          }
          literalAcknowledged = false;
          buffer = buffer.slice(0, end) + buffer.slice(end + 2);
          end = buffer.indexOf('\r\n', end + Number(literal[1]));
          continue;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        handle(line);
        end = buffer.indexOf('\r\n');
      }
    });
    if (!(socket instanceof tls.TLSSocket) || options.implicitTls) greet();
  };

  const server = options.implicitTls
    ? tls.createServer(
        { cert: readFileSync(options.implicitTls.certFile), key: readFileSync(options.implicitTls.keyFile) },
        (socket) => {
          connections += 1;
          serverNames.push(socket.servername ?? false);
          serve(socket, true);
        },
      )
    : net.createServer({ allowHalfOpen: options.allowHalfOpen === true }, (socket) => {
        connections += 1;
        serve(socket, false);
      });
  // A failed TLS handshake is the client's verdict, not a server error.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    host,
    port: (server.address() as net.AddressInfo).port,
    received,
    serverNames,
    receivedBytes: () => Buffer.concat(bytes),
    endlessBytesWritten: () => endlessBytes,
    floodsStopped: async () => {
      await Promise.all(floods);
      return floodBytes;
    },
    connections: () => connections,
    peakConnections: () => peak,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
