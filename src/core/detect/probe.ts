import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls, { type TLSSocket } from 'node:tls';
import { REPORT_LIMITS, type TestFailure, type TlsInfo } from '../../shared/connection-test';
import type { ProbeOption, ProbeResult } from '../../shared/detection';
import { message, type Message } from '../../shared/i18n/message';
import { classifyError } from '../connection-test/classify-error';
import { ConnectionTestFailure, failure } from '../connection-test/failure';
import { evaluateTrust, tlsSetupFor } from '../connection-test/tls-trust';
import { lineReader, MAX_LINE_BYTES, type ReadBudget } from './line-reader';

export interface ProbeTarget {
  server: string;
  address: string;
  port: number;
  caPem?: string;
  signal: AbortSignal;
}

/**
 * What one probe reads from a server in all (greeting, CAPABILITY before and after STARTTLS): a real
 * server sends a few KiB. Beyond it, or beyond MAX_UNTAGGED_LINES in answer to one command, the
 * probe ends as NOT_IMAP instead of reading on until the deadline.
 */
export const MAX_PROBE_BYTES = 256 * 1024;
export const MAX_UNTAGGED_LINES = 50;

/** After LOGOUT, how long the server may take to hang up before the probe does. */
const LOGOUT_GRACE_MS = 1000;

interface Session {
  socket: net.Socket;
  reader: ReturnType<typeof lineReader>;
  tag: number;
}

const tooMuch = (said: Message): ConnectionTestFailure =>
  new ConnectionTestFailure(failure('NOT_IMAP', said, message('failure.tooMuchData.hint')));

/** The reader's bounds as the user reads them; anything else is left to classifyError. */
function boundFailure(error: unknown): ConnectionTestFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'LINE_TOO_LONG')
    return new ConnectionTestFailure(
      failure(
        'NOT_IMAP',
        message('failure.lineTooLong.message', { bytes: MAX_LINE_BYTES }),
        message('failure.lineTooLong.hint'),
      ),
    );
  if (code === 'TOO_MUCH_DATA') return tooMuch(message('failure.tooMuchData.message', { bytes: MAX_PROBE_BYTES }));
  return undefined;
}

/**
 * LOGOUT, then the socket is gone soon whatever the server does. The reader stays attached on
 * purpose: its budget still counts what arrives, so a server that talks on is cut off at once
 * (a detached socket would keep reading, and discarding, at line speed).
 */
function leave(session: Session): void {
  session.socket.end(`d${session.tag + 1} LOGOUT\r\n`);
  const timer = setTimeout(() => session.socket.destroy(), LOGOUT_GRACE_MS);
  timer.unref();
  session.socket.once('close', () => clearTimeout(timer));
}

/** Settles when `socket` reaches `ready`, fails on error or close, and is cut off by the deadline. */
function whenReady<T>(socket: net.Socket, ready: string, value: () => T, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      socket.destroy();
      reject(Object.assign(new Error('deadline'), { code: 'ETIMEDOUT' }));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    socket.once(ready, () => resolve(value()));
    socket.once('error', reject);
    socket.once('close', () => reject(Object.assign(new Error('connection closed'), { code: 'EConnectionClosed' })));
  });
}

function connectPlain(target: ProbeTarget): Promise<net.Socket> {
  const socket = net.connect({ host: target.address, port: target.port });
  return whenReady(socket, 'connect', () => socket, target.signal);
}

function startTls(target: ProbeTarget, socket?: net.Socket): Promise<{ socket: TLSSocket; tls: TlsInfo }> {
  const policy = { serverName: target.server, validate: true, ...(target.caPem ? { extraCaPem: target.caPem } : {}) };
  const secure = tls.connect({
    ...tlsSetupFor('ssl', policy).options,
    ...(socket ? { socket } : { host: target.address, port: target.port }),
    ...(net.isIP(target.server) ? {} : { servername: target.server }),
  });
  return whenReady(
    secure,
    'secureConnect',
    () => ({ socket: secure, tls: evaluateTrust(secure, policy).tls }),
    target.signal,
  );
}

/** Checks the greeting as the connection test does: BYE and foreign services are reported as such. */
function checkGreeting(line: string): void {
  if (/^\* (OK|PREAUTH)\b/i.test(line)) return;
  if (/^\* BYE\b/i.test(line)) {
    throw new ConnectionTestFailure(
      failure(
        'SERVER_BYE',
        message('failure.bye.message', { reason: line.replace(/^\* BYE\s*/i, '') }),
        message('failure.bye.hint'),
      ),
    );
  }
  throw new ConnectionTestFailure(
    failure(
      'NOT_IMAP',
      message('failure.notImap.message', { greeting: line.slice(0, 80) }),
      message('failure.notImap.hint'),
    ),
  );
}

/** Sends `text` and keeps only the untagged lines `keep` wants (CAPABILITY), at most MAX_UNTAGGED_LINES read. */
async function command(
  session: Session,
  text: string,
  keep: (line: string) => boolean = () => false,
): Promise<{ untagged: string[]; status: string }> {
  session.tag += 1;
  const tag = `d${session.tag}`;
  session.socket.write(`${tag} ${text}\r\n`);
  const untagged: string[] = [];
  // Bounded: the reader rejects on close, on the deadline, on an endless line and past the byte budget.
  for (let count = 0; ; count += 1) {
    const line = await session.reader.next();
    if (line.startsWith(`${tag} `)) return { untagged, status: line.slice(tag.length + 1) };
    if (count >= MAX_UNTAGGED_LINES) {
      session.socket.destroy();
      throw tooMuch(message('failure.tooManyLines.message', { lines: MAX_UNTAGGED_LINES }));
    }
    if (keep(line)) untagged.push(line);
  }
}

async function capabilities(session: Session, greeting?: string): Promise<string[]> {
  const inGreeting = greeting ? /\[CAPABILITY ([^\]]+)\]/i.exec(greeting)?.[1] : undefined;
  if (inGreeting) return inGreeting.split(' ');
  const isCapability = (candidate: string) => /^\* CAPABILITY /i.test(candidate);
  const reply = await command(session, 'CAPABILITY', isCapability);
  const line = reply.untagged.find(isCapability);
  return line ? line.replace(/^\* CAPABILITY /i, '').split(' ') : [];
}

function describe(
  capabilityList: string[],
): Pick<ProbeResult, 'capabilities' | 'authMechanisms' | 'starttlsOffered' | 'loginDisabled'> {
  const upper = capabilityList.map((capability) => capability.toUpperCase());
  return {
    capabilities: capabilityList.slice(0, REPORT_LIMITS.capabilities),
    authMechanisms: upper
      .filter((capability) => capability.startsWith('AUTH='))
      .map((capability) => capability.slice(5)),
    starttlsOffered: upper.includes('STARTTLS'),
    loginDisabled: upper.includes('LOGINDISABLED'),
  };
}

/**
 * One probe of `detect`: connect as the option would, read the greeting and CAPABILITY (after
 * STARTTLS too), and leave with LOGOUT. No credential is ever sent.
 */
export async function probe(option: ProbeOption, target: ProbeTarget): Promise<ProbeResult> {
  const startedAt = performance.now();
  const finish = (result: Omit<ProbeResult, 'option' | 'port' | 'ms'>): ProbeResult => ({
    option,
    port: target.port,
    ms: Math.round(performance.now() - startedAt),
    ...result,
  });
  let socket: net.Socket | undefined;
  let tlsInfo: TlsInfo | undefined;
  let stage: 'tcp' | 'tls' | 'greeting' | 'starttls' = 'tcp';
  try {
    if (option === 'ssl') {
      stage = 'tls';
      const secure = await startTls(target);
      socket = secure.socket;
      tlsInfo = secure.tls;
    } else {
      socket = await connectPlain(target);
    }
    stage = 'greeting';
    const budget: ReadBudget = { bytes: MAX_PROBE_BYTES };
    const session: Session = { socket, reader: lineReader(socket, budget), tag: 0 };
    // The reader ends with the socket, which the deadline destroys.
    const established = socket;
    target.signal.addEventListener('abort', () => established.destroy(), { once: true });
    const received = await session.reader.next();
    checkGreeting(received);
    let found = describe(await capabilities(session, received));
    const greeting = received.slice(0, REPORT_LIMITS.greetingChars);
    if (option === 'starttls') {
      if (!found.starttlsOffered) {
        leave(session);
        const where = `${target.server}:${target.port}`;
        return finish({
          ok: false,
          greeting,
          ...found,
          error: failure(
            'STARTTLS_UNAVAILABLE',
            message('failure.starttlsMissing.message', { where }),
            message('failure.starttlsMissing.hint'),
          ),
        });
      }
      stage = 'starttls';
      const reply = await command(session, 'STARTTLS');
      if (!/^OK\b/i.test(reply.status))
        throw Object.assign(new Error(`STARTTLS refused: ${reply.status}`), { tlsFailed: true });
      session.reader.detach();
      const secure = await startTls(target, socket);
      socket = secure.socket;
      tlsInfo = secure.tls;
      const upgraded: Session = { socket, reader: lineReader(socket, budget), tag: session.tag };
      found = { ...describe(await capabilities(upgraded)), starttlsOffered: true };
      leave(upgraded);
    } else {
      leave(session);
    }
    return finish({ ok: true, greeting, ...found, ...(tlsInfo ? { tls: tlsInfo } : {}) });
  } catch (error) {
    const classified: TestFailure = classifyError(boundFailure(error) ?? error, {
      stage,
      server: target.server,
      port: target.port,
      implicitTls: option === 'ssl',
    });
    socket?.destroy();
    return finish({ ok: false, error: classified, ...(tlsInfo ? { tls: tlsInfo } : {}) });
  }
}
