import tls from 'node:tls';
import { describe, expect, inject, it } from 'vitest';
import { FOLDER_LIST_MAX } from '../../src/shared/connection-test';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import { TEST_USERS } from '../support/dovecot';
import { startFakeImapServer } from '../support/fake-imap-server';

const dovecot = inject('dovecot');
const { processing } = TEST_USERS;

/**
 * Sends IMAP commands over a raw TLS socket and waits for each tagged answer: the folder is created
 * with its name in modified UTF-7 exactly as written here, not encoded by the library under test.
 */
async function rawImap(commands: string[]): Promise<string> {
  const socket = tls.connect({ host: '127.0.0.1', port: dovecot.imapsPort, rejectUnauthorized: false });
  let received = '';
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(received)) {
          socket.off('data', onData);
          resolve();
        }
      };
      const onData = (chunk: Buffer) => {
        received += chunk.toString('utf8');
        check();
      };
      socket.on('data', onData);
      socket.once('error', reject);
      check();
    });
  try {
    await waitFor(/^\* OK/m);
    for (const [index, command] of commands.entries()) {
      socket.write(`t${index} ${command}\r\n`);
      await waitFor(new RegExp(`^t${index} (OK|NO|BAD)`, 'm'));
    }
    return received;
  } finally {
    socket.end();
  }
}

describe('the server’s folder list in the report', () => {
  it('decodes a folder name Dovecot lists in modified UTF-7 ("&AMQ-nderungen" is "Änderungen")', async () => {
    const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const answer = await rawImap([
      `LOGIN ${quoted(processing.user)} ${quoted(processing.password)}`,
      'CREATE "&AMQ-nderungen Pr&APw-fung"',
      'LOGOUT',
    ]);
    expect(answer).toMatch(/^t0 OK/m);
    // OK, or NO [ALREADYEXISTS] when this file ran before against the same server.
    expect(answer).toMatch(/^t1 (OK|NO \[ALREADYEXISTS\])/m);
    const report = await runConnectionTest({
      settings: { server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
      userName: processing.user,
      password: processing.password,
      timeoutMs: 15_000,
    });
    expect(report.ok).toBe(true);
    expect(report.mailbox?.folders).toContain('Änderungen Prüfung');
    expect(report.mailbox?.foldersOmitted).toBeUndefined();
  });

  it(`keeps the first ${FOLDER_LIST_MAX} folders of a server that lists more, and says how many it left out`, async () => {
    const names = [
      'Ablage &AMQ-rger',
      ...Array.from({ length: FOLDER_LIST_MAX + 4 }, (_value, index) => `Kunde ${index}`),
    ];
    const server = await startFakeImapServer({
      script: {
        // LIST "" "" asks only for the hierarchy delimiter; LIST "" "*" for every folder.
        LIST: (command) =>
          /"" ""$/.test(command.line)
            ? { lines: ['* LIST (\\Noselect) "/" ""', `${command.tag} OK LIST completed`] }
            : {
                lines: [
                  '* LIST (\\HasNoChildren) "/" INBOX',
                  ...names.map((name) => `* LIST (\\HasNoChildren) "/" "${name}"`),
                  `${command.tag} OK LIST completed`,
                ],
              },
      },
    });
    try {
      const report = await runConnectionTest({
        settings: { server: server.host, port: server.port, encryption: 'notls', validateSsl: false },
        userName: 'scanner',
        password: 'secret',
        plaintextPasswordAllowed: true,
        timeoutMs: 15_000,
      });
      expect(report.error).toBeUndefined();
      expect(report.mailbox?.folders).toHaveLength(FOLDER_LIST_MAX);
      expect(report.mailbox?.folders).toContain('Ablage Ärger');
      expect(report.mailbox?.foldersOmitted).toBe(names.length + 1 - FOLDER_LIST_MAX);
      // The stage still counts every folder the server listed.
      const detail = report.stages.find((stage) => stage.name === 'mailbox')?.detail;
      expect(detail).toMatch(/^2,?006 folders/);
    } finally {
      await server.close();
    }
  });
});
