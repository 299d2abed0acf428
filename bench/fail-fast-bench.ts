import net from 'node:net';
import { runConnectionTest } from '../src/core/connection-test/run-connection-test';
import { freePort } from '../test/support/free-port';
import { median, ratio, round, timed } from './statistics';

const ROUNDS = 7;
const TIMEOUT_MS = 1500;

export interface FailFastFigures {
  refusedMs: number;
  silentMs: number;
  timeoutMs: number;
  /** silentMs / timeoutMs: 1.0 means the deadline is kept exactly. */
  silentRatio: number;
}

async function expectCode(port: number, code: string): Promise<void> {
  const report = await runConnectionTest({
    settings: { server: '127.0.0.1', port, encryption: 'starttls', validateSsl: true },
    userName: 'nobody',
    password: 'unused',
    timeoutMs: TIMEOUT_MS,
  });
  if (report.error?.code !== code) throw new Error(`expected ${code}, got ${report.error?.code ?? 'success'}`);
}

/** How fast a refused port is reported, and how closely a silent server is held to the configured timeout. */
export async function benchFailFast(): Promise<FailFastFigures> {
  const refusedPort = await freePort();
  const refused: number[] = [];
  for (let run = 0; run < ROUNDS; run += 1)
    refused.push(await timed(() => expectCode(refusedPort, 'CONNECTION_REFUSED')));

  const sockets = new Set<net.Socket>();
  const silentServer = net.createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
  const silentPort = (silentServer.address() as net.AddressInfo).port;
  const silent: number[] = [];
  try {
    for (let run = 0; run < ROUNDS; run += 1)
      silent.push(await timed(() => expectCode(silentPort, 'GREETING_TIMEOUT')));
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silentServer.close(resolve));
  }
  const silentMs = median(silent);
  return {
    refusedMs: round(median(refused)),
    silentMs: round(silentMs),
    timeoutMs: TIMEOUT_MS,
    silentRatio: ratio(silentMs, TIMEOUT_MS),
  };
}
