import { afterEach, describe, expect, it } from 'vitest';
import type { TransportObservations } from '../../src/core/connection-test/instrumented-transport';
import { credentialTraces } from '../support/credential-traces';
import { startFakeImapServer, type FakeImapServer } from '../support/fake-imap-server';
import { signInThroughTransport } from '../support/transport-sign-in';

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
  return signInThroughTransport(server, {
    user: USER,
    password: PASSWORD,
    secure: false,
    doSTARTTLS: false,
    requireTlsForCredentials,
  });
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
