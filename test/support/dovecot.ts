import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestCertificates, type TestCertificates } from './certificates';
import { writeOAuth2Config, type DovecotOAuth2Options, type OAuth2DovecotConfig } from './dovecot-oauth2';
import { freePort } from './free-port';

/** nobody/nogroup: the mail files belong to an unprivileged user, as the task's setup asks. */
const MAIL_UID = 65534;
const MAIL_GID = 65534;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A message in a test INBOX: plain text, or with one attachment; received `daysAgo` days ago. */
export interface TestMessage {
  attachment?: { type: string; name: string };
  daysAgo?: number;
}

export interface TestUser {
  user: string;
  password: string;
  /** Messages placed in INBOX before the server starts. */
  inbox: readonly TestMessage[];
  /** How many: inbox.length, spelled out for the tests that compare counts. */
  messages: number;
  /** Folders besides INBOX (ASCII names: they are written to disk as they are). */
  folders: readonly string[];
}

function testUser(user: string, password: string, inbox: readonly TestMessage[], folders: string[] = []): TestUser {
  return { user, password, inbox, messages: inbox.length, folders };
}

const PLAIN: TestMessage = {};

export const TEST_USERS = {
  // A mailbox ready for document processing: processing folders exist; two PDFs and an e-invoice in
  // the last 30 days (one PDF sent as octet-stream, as scanners do), a plain message, an old PDF.
  invoices: testUser(
    'invoices@example.test',
    'Corr3ct-Horse"Battery\\Staple§',
    [
      { attachment: { type: 'application/pdf', name: 'invoice-1.pdf' } },
      { attachment: { type: 'application/xml', name: 'xrechnung-2.xml' } },
      { attachment: { type: 'application/octet-stream', name: 'SCAN_0003.PDF' } },
      PLAIN,
      { attachment: { type: 'application/pdf', name: 'invoice-old.pdf' }, daysAgo: 45 },
    ],
    ['SuccessProcessing', 'FailedProcessing'],
  ),
  domainUser: testUser('CONTOSO\\scanner', 'p@ss word with spaces', [PLAIN]),
  empty: testUser('empty@example.test', 'empty-password', []),
  // Exchange's shared-mailbox login: the delegate's DOMAIN\user, the alias, the delegate's password.
  sharedMailbox: testUser('CONTOSO\\scanner\\invoices', 'p@ss word with spaces', [PLAIN, PLAIN]),
  // Folders are created here by the tests; "Archive" exists only as the parent of "Archive.2026".
  processing: testUser('processing@example.test', 'processing-password', [PLAIN], ['Archive.2026']),
};

export interface DovecotServer {
  /** Implicit TLS (SSL/TLS options), CA-signed certificate for localhost and 127.0.0.1. */
  imapsPort: number;
  /** Plain start with STARTTLS on 127.0.0.1 (a connection from the same IP counts as secure). */
  imapPort: number;
  /** The same listener on 127.0.0.2: from 127.0.0.1 it is not "secure", so it advertises LOGINDISABLED. */
  loginDisabledHost: string;
  /** Implicit TLS on the imaps port with a self-signed certificate, as Exchange has by default. */
  selfSignedHost: string;
  certificates: TestCertificates;
  directory: string;
  stop: () => Promise<void>;
}

export interface DovecotOptions {
  /** Also sign in with OAuth 2.0 tokens (XOAUTH2) checked by an oauth2 passdb; off unless a test asks for it. */
  oauth2?: DovecotOAuth2Options;
}

function dovecotConfig(
  directory: string,
  certificates: TestCertificates,
  ports: { imapPort: number; imapsPort: number },
  oauth2: OAuth2DovecotConfig | undefined,
): string {
  const { imapPort, imapsPort } = ports;
  return `# Written by the tests; nothing here touches the system's dovecot.
base_dir = ${directory}/run
state_dir = ${directory}/state
instance_name = mailbox-connect-test-${imapPort}
log_path = ${directory}/dovecot.log
protocols = imap
listen = 127.0.0.1, 127.0.0.2, 127.0.0.3
ssl = yes
ssl_cert = <${certificates.serverCertFile}
ssl_key = <${certificates.serverKeyFile}
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login${oauth2 ? ` ${oauth2.mechanisms}` : ''}
auth_username_chars =
auth_username_format = %u
auth_failure_delay = 0
${
  // The tests read why a token was refused (expired, signature, audience) from the log.
  oauth2 ? 'auth_verbose = yes\n' : ''
}default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${directory}/users
${
  // A token must never be taken for a password users' password, nor a password for a token.
  oauth2 ? '  mechanisms = plain login\n' : ''
}}
${oauth2?.passdb ?? ''}userdb {
  driver = passwd-file
  args = username_format=%u ${directory}/users
}
service imap-login {
  # Performance mode, as busy production servers run: login processes are kept and reused, so a
  # test or benchmark measures the client rather than Dovecot forking a process per connection.
  service_count = 0
  process_min_avail = 2
  inet_listener imap {
    address = 127.0.0.1, 127.0.0.2
    port = ${imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1, 127.0.0.3
    port = ${imapsPort}
    ssl = yes
  }
}
# Connections to 127.0.0.3 get Exchange's default: a self-signed certificate.
local 127.0.0.3 {
  ssl_cert = <${certificates.selfSignedCertFile}
  ssl_key = <${certificates.selfSignedKeyFile}
}
`;
}

function messageText(message: TestMessage, index: number): string {
  const headers = [
    `From: supplier${index}@example.test`,
    'To: invoices@example.test',
    `Subject: Invoice ${index + 1}`,
    `Date: ${new Date(Date.now() - (message.daysAgo ?? 0) * DAY_MS).toUTCString()}`,
    'MIME-Version: 1.0',
  ];
  if (!message.attachment) return [...headers, '', `Invoice number ${index + 1}.`, ''].join('\r\n');
  const { type, name } = message.attachment;
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="part"',
    '',
    '--part',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Invoice number ${index + 1} attached.`,
    '--part',
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`document ${index + 1}`).toString('base64'),
    '--part--',
    '',
  ].join('\r\n');
}

/** Writes INBOX (arrival time = file time, which SEARCH SINCE reads) and the other folders in Maildir++ layout. */
function writeMailbox(home: string, user: TestUser): void {
  const maildir = path.join(home, 'Maildir');
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(path.join(maildir, sub), { recursive: true });
  for (const folder of user.folders) {
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(path.join(maildir, `.${folder}`, sub), { recursive: true });
    writeFileSync(path.join(maildir, `.${folder}`, 'maildirfolder'), '');
  }
  user.inbox.forEach((message, index) => {
    const file = path.join(maildir, 'new', `${Date.now()}.${index}.test`);
    writeFileSync(file, messageText(message, index));
    const received = new Date(Date.now() - (message.daysAgo ?? 0) * DAY_MS);
    utimesSync(file, received, received);
  });
  chownRecursive(home);
}

function chownRecursive(target: string): void {
  chownSync(target, MAIL_UID, MAIL_GID);
  if (!statSync(target).isDirectory()) return;
  for (const entry of readdirSync(target)) chownRecursive(path.join(target, entry));
}

async function waitForGreeting(host: string, port: number, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (let attempt = 0; attempt < 200 && Date.now() < until; attempt += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.setTimeout(1000);
      socket.once('data', (chunk) => {
        socket.destroy();
        resolve(chunk.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not greet on ${host}:${port} within ${deadlineMs} ms`);
}

/** Starts a private Dovecot on loopback from a config written here; stop() ends it and removes its files. */
export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'mc-dovecot-'));
  chmodSync(directory, 0o755);
  const certificates = createTestCertificates(directory);
  const [imapPort, imapsPort] = [await freePort(), await freePort()];
  const users = Object.values(TEST_USERS).map((entry, index) => {
    const home = path.join(directory, 'home', String(index));
    mkdirSync(home, { recursive: true });
    writeMailbox(home, entry);
    // Dovecot escapes a backslash in the lookup key of passwd-file, so the file holds it escaped.
    return `${entry.user.replaceAll('\\', '\\\\')}:{PLAIN}${entry.password}:${MAIL_UID}:${MAIL_GID}::${home}::`;
  });
  writeFileSync(path.join(directory, 'users'), `${users.join('\n')}\n`);
  const configFile = path.join(directory, 'dovecot.conf');
  const oauth2 = options.oauth2 ? writeOAuth2Config(directory, options.oauth2) : undefined;
  writeFileSync(configFile, dovecotConfig(directory, certificates, { imapPort, imapsPort }, oauth2));

  const child: ChildProcess = spawn('/usr/sbin/dovecot', ['-F', '-c', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForGreeting('127.0.0.1', imapPort, 15_000),
      exited.then(() => {
        throw new Error(`Dovecot exited during start-up:\n${output}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    imapPort,
    imapsPort,
    loginDisabledHost: '127.0.0.2',
    selfSignedHost: '127.0.0.3',
    certificates,
    directory,
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
