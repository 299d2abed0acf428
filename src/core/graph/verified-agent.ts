import https from 'node:https';
import net from 'node:net';
import tls, { type TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { TlsInfo } from '../../shared/connection-test';
import { literal, message, messageList } from '../../shared/i18n/message';
import { ConnectionTestFailure } from '../connection-test/failure';
import type { StageRecorder } from '../connection-test/stage-recorder';
import { evaluateTrust, tlsSetupFor, type TrustPolicy } from '../connection-test/tls-trust';
import type { GraphEndpoint } from './graph-endpoint';

export interface VerifiedAgentOptions {
  endpoint: GraphEndpoint;
  /** The address DNS gave (or the IP the URL names): the socket goes there, the certificate names the host. */
  address: string;
  /** The account's CA file, on top of Node's roots and the operating system's store. */
  caPem?: string;
  /** Off: any certificate is accepted (the IMAP test's "Validate SSL"); on unless told otherwise. */
  validateSsl?: boolean;
  pinnedSha256?: string;
  stages: StageRecorder;
  /** Where the TLS details go for the report (protocol, cipher, certificate, how it was trusted). */
  observations: { tls?: TlsInfo };
  signal: AbortSignal;
  localAddress?: string;
  /** Hears that a socket is trusted: from here on the token may be written (the graph stage begins). */
  onTrusted?: () => void;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/** Resolves once `socket` emits `event`, rejects on its error or on abort (destroying it). */
function settle(socket: net.Socket, event: 'connect' | 'secureConnect', signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      socket.destroy();
      reject(abortError(signal));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once(event, () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
  });
}

/**
 * An https.Agent whose sockets are handed to a request only after the certificate decision of the
 * IMAP test (evaluateTrust: chain with the system store and the CA file, host name, expiry), so
 * the bearer token is never written to a server that was not trusted. The first socket times the
 * tcp and tls stages; keep-alive reuses it for the following requests.
 */
export class VerifiedAgent extends https.Agent {
  constructor(private readonly verified: VerifiedAgentOptions) {
    super({ keepAlive: true, maxSockets: 1 });
  }

  override createConnection(
    _options: unknown,
    callback?: (error: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    this.connectVerified().then(
      (socket) => callback?.(null, socket),
      (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error)), undefined as never),
    );
    return undefined;
  }

  private async connectVerified(): Promise<TLSSocket> {
    const { endpoint, address, stages, signal } = this.verified;
    stages.start('tcp');
    const raw = net.connect({
      host: address,
      port: endpoint.port,
      ...(this.verified.localAddress ? { localAddress: this.verified.localAddress } : {}),
    });
    raw.on('error', () => undefined);
    await settle(raw, 'connect', signal);
    stages.ok(
      'tcp',
      message('stage.tcp.connected', {
        remote: `${raw.remoteAddress ?? address}:${raw.remotePort ?? endpoint.port}`,
        local: raw.localAddress ?? '?',
      }),
    );

    stages.start('tls');
    const trust: TrustPolicy = {
      serverName: endpoint.host,
      validate: this.verified.validateSsl ?? true,
      ...(this.verified.pinnedSha256 ? { pinnedSha256: this.verified.pinnedSha256 } : {}),
      ...(this.verified.caPem ? { extraCaPem: this.verified.caPem } : {}),
    };
    const socket = tls.connect({
      ...tlsSetupFor('tls', trust).options,
      socket: raw,
      ...(endpoint.isIp ? {} : { servername: endpoint.host }),
      ALPNProtocols: ['http/1.1'],
    });
    socket.on('error', () => undefined);
    await settle(socket, 'secureConnect', signal);
    const verdict = evaluateTrust(socket, trust);
    this.verified.observations.tls = verdict.tls;
    if (!verdict.trusted) {
      socket.destroy();
      throw new ConnectionTestFailure(verdict.failure);
    }
    stages.ok('tls', messageList([literal(verdict.tls.protocol), literal(verdict.tls.cipher)], ', '));
    this.verified.onTrusted?.();
    return socket;
  }
}
