import { ImapFlow } from 'imapflow';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createInstrumentedTransport,
  type TransportObservations,
} from '../../src/main/services/connection-test/instrumented-transport';
import { StageRecorder } from '../../src/main/services/connection-test/stage-recorder';
import { Transcript } from '../../src/main/services/connection-test/transcript';
import { credentialTraces } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';

const USER = 'scanner@contoso.local';
const PASSWORD = 'Transport-Guard-Secret-17';

let server: FakeImapServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * The transport's write guard on its own, under real imapflow told NOT to upgrade: what would
 * happen if the STARTTLS option were ever wired wrongly. run-connection-test.ts asks imapflow for
 * a mandatory STARTTLS, so its tests cannot tell whether this second line of defence still holds.
 */
async function signInOverPlainWith(requireTlsForCredentials: boolean): Promise<TransportObservations> {
  server = await startFakeImapServer({ capabilities: ['AUTH=PLAIN'] });
  const observations: TransportObservations = {};
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: USER, pass: PASSWORD },
    logger: false,
    transport: createInstrumentedTransport({
      stages: new StageRecorder(),
      transcript: new Transcript([PASSWORD]),
      trust: { serverName: server.host, validate: true },
      tlsOptions: {},
      requireTlsForCredentials,
      observations,
    }),
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.logout();
  } catch {
    // The refusal surfaces as a closed connection; the observations say why.
  } finally {
    client.close();
  }
  return observations;
}

describe('the credential write guard of the instrumented transport', () => {
  it('refuses a login on a plain socket when the option requires TLS, even if imapflow tries it', async () => {
    const observations = await signInOverPlainWith(true);
    expect(observations.blockedCredentials?.code).toBe('STARTTLS_UNAVAILABLE');
    expect(credentialTraces(server as FakeImapServer, USER, PASSWORD)).toEqual([]);
  });

  it('lets the same login through where plain text is the accepted option (the control)', async () => {
    const observations = await signInOverPlainWith(false);
    expect(observations.blockedCredentials).toBeUndefined();
    expect(credentialTraces(server as FakeImapServer, USER, PASSWORD)).toContain('the AUTHENTICATE PLAIN response');
  });
});
