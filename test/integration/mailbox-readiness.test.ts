import { ImapFlow } from 'imapflow';
import { describe, expect, inject, it } from 'vitest';
import { PREVIEW_RESERVE_MS, previewInbox } from '../../src/core/connection-test/mailbox-readiness';
import { type ConnectionTestInput } from '../../src/core/connection-test/run-connection-test';
import { runConnectionTestInEnglish as runConnectionTest } from '../support/report-text';
import { TEST_USERS, type TestUser } from '../support/dovecot';
import { startFakeImapServer } from '../support/fake-imap-server';

const dovecot = inject('dovecot');

function testMailbox(user: TestUser, extra: Partial<ConnectionTestInput> = {}) {
  return runConnectionTest({
    settings: { server: '127.0.0.1', port: dovecot.imapsPort, encryption: 'ssl', validateSsl: true },
    userName: user.user,
    password: user.password,
    timeoutMs: 15_000,
    ...extra,
  });
}

/** A No TLS test (the plaintext login acknowledged) against a scripted server. */
function testPlain(server: { host: string; port: number }) {
  return runConnectionTest({
    settings: { server: server.host, port: server.port, encryption: 'notls', validateSsl: false },
    userName: 'scanner',
    password: 'secret',
    plaintextPasswordAllowed: true,
    timeoutMs: 15_000,
  });
}

/** A scripted server whose INBOX search finds `count` recent messages (UIDs 1…count). */
function serverWithRecentMessages(count: number) {
  const uids = Array.from({ length: count }, (_, index) => index + 1).join(' ');
  return startFakeImapServer({
    script: {
      UID: (command) =>
        / SEARCH /i.test(command.line)
          ? { lines: [`* SEARCH ${uids}`, `${command.tag} OK SEARCH completed`] }
          : { lines: [`${command.tag} OK UID completed`] },
    },
  });
}

describe('mailbox readiness against Dovecot', () => {
  it('reports INBOX and both processing folders as present and selectable', async () => {
    const report = await testMailbox(TEST_USERS.invoices);
    expect(report.ok).toBe(true);
    expect(report.mailbox?.processingFolders).toEqual([
      { role: 'inbox', path: 'INBOX', exists: true, selectable: true },
      { role: 'success', path: 'SuccessProcessing', exists: true, selectable: true },
      { role: 'failed', path: 'FailedProcessing', exists: true, selectable: true },
    ]);
    expect(report.stages.find((stage) => stage.name === 'mailbox')?.detail).not.toMatch(/not ready/);
  });

  it('counts the last 30 days of INBOX with PDF or XML attachments from BODYSTRUCTURE, never a body', async () => {
    const report = await testMailbox(TEST_USERS.invoices);
    // Five messages: PDF, XML e-invoice, PDF sent as octet-stream, plain text (last 30 days), a PDF of 45 days ago.
    expect(report.mailbox?.preview).toEqual({ days: 30, messages: 4, withDocuments: 3, pdf: 2, xml: 1, examined: 4 });
    const commands = (report.transcript ?? []).filter((line) => line.startsWith('C:'));
    expect(commands.some((line) => /UID SEARCH (SINCE|YOUNGER)/i.test(line))).toBe(true);
    expect(commands.some((line) => /BODYSTRUCTURE/.test(line))).toBe(true);
    expect(commands.some((line) => /BODY(\.PEEK)?\[|RFC822(\.TEXT)?\b/.test(line))).toBe(false);
    expect(commands.some((line) => /\bSELECT INBOX\b/i.test(line))).toBe(false); // read-only: EXAMINE
    // INBOX is checked last and stays open for the preview: one EXAMINE INBOX, not two.
    expect(commands.filter((line) => /\bEXAMINE INBOX\b/i.test(line))).toHaveLength(1);
  });

  it('says which processing folders are missing, without creating anything unasked', async () => {
    const names = { successFolder: 'Never Created OK', failedFolder: 'Never Created Failed' };
    const report = await testMailbox(TEST_USERS.processing, { processingFolders: names });
    expect(report.ok).toBe(true);
    expect(report.mailbox?.processingFolders.slice(1)).toEqual([
      { role: 'success', path: 'Never Created OK', exists: false, selectable: false },
      { role: 'failed', path: 'Never Created Failed', exists: false, selectable: false },
    ]);
    expect(report.stages.find((stage) => stage.name === 'mailbox')?.detail).toMatch(
      /not ready: Never Created OK, Never Created Failed/,
    );
    expect(report.transcript?.some((line) => / CREATE /.test(line))).toBe(false);
    const again = await testMailbox(TEST_USERS.processing, { processingFolders: names });
    expect(again.mailbox?.processingFolders[1]?.exists).toBe(false);
  });

  it('creates missing folders with non-ASCII names when asked, reports it, and finds them next time', async () => {
    const names = { successFolder: 'Verarbeitet – Übernommen', failedFolder: 'Fehler 📄 Prüfung' };
    const created = await testMailbox(TEST_USERS.processing, { processingFolders: names, createMissingFolders: true });
    expect(created.ok).toBe(true);
    expect(created.mailbox?.processingFolders.slice(1)).toEqual([
      { role: 'success', path: names.successFolder, exists: true, selectable: true, created: true },
      { role: 'failed', path: names.failedFolder, exists: true, selectable: true, created: true },
    ]);
    // On the wire the names travel in modified UTF-7 (RFC 3501 5.1.3).
    expect(created.transcript?.some((line) => /CREATE "?Verarbeitet &IBM- &ANw-bernommen"?/.test(line))).toBe(true);
    expect(created.transcript?.some((line) => /CREATE "?Fehler &2D3cxA- Pr&APw-fung"?/.test(line))).toBe(true);

    const later = await testMailbox(TEST_USERS.processing, { processingFolders: names });
    expect(later.mailbox?.folders).toEqual(expect.arrayContaining([names.successFolder, names.failedFolder]));
    expect(later.mailbox?.processingFolders.every((folder) => folder.selectable && !folder.created)).toBe(true);
  });

  it('a folder that exists only as a parent cannot be selected, and creating it reports the server’s answer', async () => {
    const names = { successFolder: 'Archive', failedFolder: 'FailedProcessing' };
    const report = await testMailbox(TEST_USERS.processing, { processingFolders: names, createMissingFolders: true });
    const archive = report.mailbox?.processingFolders[1];
    expect(archive).toMatchObject({ role: 'success', path: 'Archive', exists: true, selectable: false });
    expect(report.stages.find((stage) => stage.name === 'mailbox')?.detail).toMatch(/not ready: Archive/);
  });

  it('a busy inbox whose SEARCH answer is one line of 200,000 UIDs (over 1 MB) is still tested', async () => {
    // 30 days of a high-volume invoice inbox; Exchange's UIDs run to six or seven digits.
    const server = await serverWithRecentMessages(200_000);
    try {
      const report = await testPlain(server);
      expect(report.error).toBeUndefined();
      expect(report.mailbox?.preview).toMatchObject({ messages: 200_000, examined: 1000 });
    } finally {
      await server.close();
    }
  });

  it('reads the structure of the newest 1,000 messages only, newest first, when the 30 days hold more', async () => {
    const server = await serverWithRecentMessages(1005);
    try {
      const report = await testPlain(server);
      expect(report.mailbox?.preview).toMatchObject({ messages: 1005, examined: 1000 });
      // Newest first, in chunks of 250 sent as compact UID ranges.
      const fetches = server.received.filter((command) => / FETCH /i.test(command.line));
      expect(fetches.map((command) => command.line.split(' ')[3])).toEqual(['756:1005', '506:755', '256:505', '6:255']);
    } finally {
      await server.close();
    }
  });

  it('reads newest first in chunks and stops while time is left for LOGOUT, saying how many it read', async () => {
    const server = await serverWithRecentMessages(1005);
    const client = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      doSTARTTLS: false,
      auth: { user: 'scanner', pass: 'secret' },
      logger: false,
    });
    try {
      await client.connect();
      // Plenty of time for the first chunk; then the deadline is near.
      const left = [60_000, PREVIEW_RESERVE_MS - 1];
      const preview = await previewInbox(
        client,
        { race: (work) => work, timeLeft: () => left.shift() ?? 0 },
        new Date(),
      );
      expect(preview).toMatchObject({ messages: 1005, examined: 250 });
      const fetches = server.received.filter((command) => / FETCH /i.test(command.line));
      expect(fetches.map((command) => command.line.split(' ')[3])).toEqual(['756:1005']);
    } finally {
      client.close();
      await server.close();
    }
  });
});
