import { ImapFlow } from 'imapflow';
import {
  createInstrumentedTransport,
  type TransportObservations,
} from '../../src/core/connection-test/instrumented-transport';
import { StageRecorder } from '../../src/core/connection-test/stage-recorder';
import { tlsSetupFor } from '../../src/core/connection-test/tls-trust';
import { Transcript } from '../../src/core/connection-test/transcript';
import type { FakeImapServer } from './fake-imap-server';

export interface TransportSignIn {
  user: string;
  password: string;
  secure: boolean;
  doSTARTTLS: boolean;
  /** The SNI name to send; also the name the certificate is checked for. Default: the server's host. */
  servername?: string;
  requireTlsForCredentials: boolean;
}

/**
 * Real imapflow over the instrumented transport alone, with options the test chooses rather than
 * run-connection-test.ts: what the transport's own guards do if imapflow were ever wired wrongly.
 */
export async function signInThroughTransport(
  server: FakeImapServer,
  options: TransportSignIn,
): Promise<TransportObservations> {
  const observations: TransportObservations = {};
  const trust = { serverName: options.servername ?? server.host, validate: true };
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: options.secure,
    doSTARTTLS: options.doSTARTTLS,
    ...(options.servername ? { servername: options.servername } : {}),
    auth: { user: options.user, pass: options.password },
    logger: false,
    transport: createInstrumentedTransport({
      stages: new StageRecorder(),
      transcript: new Transcript([options.password]),
      trust,
      tlsOptions: tlsSetupFor('tls', trust).options,
      requireTlsForCredentials: options.requireTlsForCredentials,
      observations,
    }),
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.logout();
  } catch {
    // A refusal surfaces as a closed connection; the observations say why.
  } finally {
    client.close();
  }
  return observations;
}
