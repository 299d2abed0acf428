import { ImapFlow } from 'imapflow';
import { runConnectionTest } from '../src/core/connection-test/run-connection-test';
import type { Encryption } from '../src/shared/encryption';
import { TEST_USERS, type DovecotServer } from '../test/support/dovecot';
import { compareMedians } from './statistics';

const ROUNDS = 21;
const WARM_UP = 3;
const USER = TEST_USERS.invoices;

export interface ComparedFigures {
  medianMs: number;
  baselineMedianMs: number;
  ratio: number;
}

/**
 * Bare imapflow doing what the connection test does: connect (TLS or STARTTLS), login, LIST, STATUS
 * INBOX, EXAMINE of the two processing folders and INBOX, the 30-day SEARCH and BODYSTRUCTURE FETCH
 * of the preview, LOGOUT.
 */
async function bareImapflow(dovecot: DovecotServer, encryption: 'ssl' | 'starttls'): Promise<void> {
  const client = new ImapFlow({
    host: 'localhost',
    port: encryption === 'ssl' ? dovecot.imapsPort : dovecot.imapPort,
    secure: encryption === 'ssl',
    doSTARTTLS: encryption === 'starttls' ? true : undefined,
    auth: { user: USER.user, pass: USER.password },
    tls: { ca: dovecot.certificates.caPem },
    logger: false,
    disableAutoIdle: true,
  });
  await client.connect();
  await client.list();
  await client.status('INBOX', { messages: true, unseen: true });
  for (const folder of ['INBOX', 'SuccessProcessing', 'FailedProcessing'])
    await client.mailboxOpen(folder, { readOnly: true });
  await client.mailboxOpen('INBOX', { readOnly: true });
  const uids = await client.search({ since: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000) }, { uid: true });
  if (uids && uids.length > 0) await client.fetchAll(uids, { uid: true, bodyStructure: true }, { uid: true });
  await client.logout();
}

async function instrumentedTest(dovecot: DovecotServer, encryption: Encryption): Promise<void> {
  const report = await runConnectionTest({
    settings: {
      server: 'localhost',
      port: encryption === 'ssl' ? dovecot.imapsPort : dovecot.imapPort,
      encryption,
      validateSsl: true,
    },
    userName: USER.user,
    password: USER.password,
    caPem: dovecot.certificates.caPem,
  });
  if (!report.ok) throw new Error(`the benchmark's connection test failed: ${report.error?.message ?? ''}`);
}

/** The full instrumented test (stages, trust decision, transcript) against bare imapflow, same server, same run. */
export async function benchConnectionTest(
  dovecot: DovecotServer,
): Promise<{ ssl: ComparedFigures; starttls: ComparedFigures }> {
  const ssl = await compareMedians(
    ROUNDS,
    WARM_UP,
    () => instrumentedTest(dovecot, 'ssl'),
    () => bareImapflow(dovecot, 'ssl'),
  );
  const starttls = await compareMedians(
    ROUNDS,
    WARM_UP,
    () => instrumentedTest(dovecot, 'starttls'),
    () => bareImapflow(dovecot, 'starttls'),
  );
  return { ssl, starttls };
}
