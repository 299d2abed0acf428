import { parseOptions, timeoutMsOf, UsageError } from './cli-options';
import { accountFieldsSchema, type ProcessingFolderNames } from '../shared/account';
import { ENCRYPTIONS, defaultPortFor, plaintextConsentMissing, type Encryption } from '../shared/encryption';
import { firstIssueText } from './english';
import { MICROSOFT_365_OPTIONS, parseMicrosoft365Args, type Microsoft365Command } from './parse-microsoft-365-args';

export interface TestCommand {
  server: string;
  port: number;
  encryption: Encryption;
  validateSsl: boolean;
  caFile?: string;
  pinSha256?: string;
  user?: string;
  password: { from: 'env'; variable: string } | { from: 'stdin' } | { from: 'none' };
  /** --allow-plaintext-password: the user accepts that the password travels unencrypted (none, notls). */
  allowPlaintextPassword: boolean;
  timeoutMs: number;
  json: boolean;
  transcript: boolean;
  processingFolders: ProcessingFolderNames;
  createFolders: boolean;
  /** --method imap-oauth or graph: the app registration signs in instead of a user's password. */
  microsoft365?: Microsoft365Command;
}

export const TEST_USAGE = `Usage: mailbox-connect test --server HOST [--port N] [--encryption ${ENCRYPTIONS.join('|')}]
       [--no-validate-ssl] [--ca-file PEM] [--pin-sha256 FINGERPRINT] [--user USER]
       [--password-env VAR | --password-stdin] [--allow-plaintext-password] [--timeout SECONDS]
       [--json] [--transcript] [--success-folder NAME] [--failed-folder NAME] [--create-folders]
       mailbox-connect test --method imap-oauth|graph --tenant TENANT --client-id ID
       (--client-secret-env VAR | --client-cert FILE [--client-cert-password-env VAR]) --mailbox ADDRESS
       [--cloud global|usGovernment|china]
       [--authority-host HOST] [--server HOST] [--port N] [--ca-file PEM] [--timeout SECONDS] [--json] …
With --encryption none or notls the password travels unencrypted: it is sent only with
--allow-plaintext-password.
Microsoft 365 (app-only): the token comes from Entra ID first (--cloud picks the sign-in, IMAP and
Graph hosts; global by default: login.microsoftonline.com, outlook.office365.com:993, graph.microsoft.com).
The client secret is read from the environment variable VAR, never from the command line; --client-cert is
a PEM or PFX (PKCS#12) file with the certificate and its private key; a PFX's password is read from the
environment variable --client-cert-password-env names. None of them is ever printed.
Exit codes: 0 connection works, 1 the test failed, 2 invalid settings or usage.`;

const connectionFields = accountFieldsSchema.pick({
  server: true,
  port: true,
  userName: true,
  successFolder: true,
  failedFolder: true,
});
const OPTION_OF_FIELD: Record<string, string> = {
  server: '--server',
  port: '--port',
  userName: '--user',
  successFolder: '--success-folder',
  failedFolder: '--failed-folder',
};

/** Parses and validates `mailbox-connect test …`; every mistake names the option it concerns. */
export function parseTestArgs(argv: string[]): TestCommand {
  const values = parseOptions(argv, {
    server: { type: 'string' },
    port: { type: 'string' },
    encryption: { type: 'string' },
    'no-validate-ssl': { type: 'boolean' },
    'ca-file': { type: 'string' },
    'pin-sha256': { type: 'string' },
    user: { type: 'string' },
    'password-env': { type: 'string' },
    'password-stdin': { type: 'boolean' },
    'allow-plaintext-password': { type: 'boolean' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    transcript: { type: 'boolean' },
    'success-folder': { type: 'string' },
    'failed-folder': { type: 'string' },
    'create-folders': { type: 'boolean' },
    ...MICROSOFT_365_OPTIONS,
  });
  const microsoft365 = parseMicrosoft365Args(values);
  if (microsoft365) return microsoft365TestCommand(values, microsoft365);
  const encryption = values.encryption ?? 'ssl';
  if (!(ENCRYPTIONS as readonly string[]).includes(encryption)) {
    throw new UsageError(`--encryption: "${encryption}" is not one of ${ENCRYPTIONS.join(', ')}.`);
  }
  const typedEncryption = encryption as Encryption;
  if (values.server === undefined) throw new UsageError('--server is required.');
  const fields = connectionFields.partial({ userName: true }).safeParse({
    server: values.server,
    port: values.port ?? defaultPortFor(typedEncryption),
    ...(values.user !== undefined ? { userName: values.user } : {}),
    ...(values['success-folder'] !== undefined ? { successFolder: values['success-folder'] } : {}),
    ...(values['failed-folder'] !== undefined ? { failedFolder: values['failed-folder'] } : {}),
  });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    const option = OPTION_OF_FIELD[String(issue?.path[0])] ?? '--server';
    throw new UsageError(`${option}: ${firstIssueText(fields.error, 'invalid value')}`);
  }
  if (values['password-env'] !== undefined && values['password-stdin']) {
    throw new UsageError('--password-env and --password-stdin: give only one of them.');
  }
  const password: TestCommand['password'] =
    values['password-env'] !== undefined
      ? { from: 'env', variable: values['password-env'] }
      : values['password-stdin']
        ? { from: 'stdin' }
        : { from: 'none' };
  if (password.from !== 'none' && fields.data.userName === undefined)
    throw new UsageError('--user is required when a password is given.');
  // The window asks for the same confirmation (insecureAcknowledged); a script must state it too.
  if (password.from !== 'none' && plaintextConsentMissing(typedEncryption, values['allow-plaintext-password']))
    throw new UsageError(
      `--allow-plaintext-password is required to send a password with --encryption ${typedEncryption}: it would travel unencrypted. Or choose --encryption ssl, tls or starttls.`,
    );
  if (fields.data.successFolder.toLowerCase() === fields.data.failedFolder.toLowerCase())
    throw new UsageError('--failed-folder: processed and failed mail need two different folders.');
  if (values['create-folders'] && password.from === 'none')
    throw new UsageError('--create-folders needs a login: --user with --password-env or --password-stdin.');
  if (fields.data.userName !== undefined && password.from === 'none')
    throw new UsageError('--user needs a password: --password-env VAR or --password-stdin.');
  return {
    server: fields.data.server,
    port: fields.data.port,
    encryption: typedEncryption,
    validateSsl: !values['no-validate-ssl'],
    ...(values['ca-file'] !== undefined ? { caFile: values['ca-file'] } : {}),
    ...(values['pin-sha256'] !== undefined ? { pinSha256: values['pin-sha256'] } : {}),
    ...(fields.data.userName !== undefined ? { user: fields.data.userName } : {}),
    password,
    allowPlaintextPassword: values['allow-plaintext-password'] ?? false,
    timeoutMs: timeoutMsOf(values.timeout),
    json: values.json ?? false,
    transcript: values.transcript ?? false,
    processingFolders: { successFolder: fields.data.successFolder, failedFolder: fields.data.failedFolder },
    createFolders: values['create-folders'] ?? false,
  };
}

type TestValues = Record<string, string | boolean | undefined>;
const stringOf = (values: TestValues, name: string): string | undefined =>
  typeof values[name] === 'string' ? values[name] : undefined;

/** `test --method imap-oauth|graph`: the cloud's hosts unless told otherwise, always encrypted. */
function microsoft365TestCommand(values: TestValues, microsoft365: Microsoft365Command): TestCommand {
  const encryption = stringOf(values, 'encryption') ?? 'tls';
  if (!(ENCRYPTIONS as readonly string[]).includes(encryption))
    throw new UsageError(`--encryption: "${encryption}" is not one of ${ENCRYPTIONS.join(', ')}.`);
  if (plaintextConsentMissing(encryption as Encryption, false))
    throw new UsageError(
      `--encryption ${encryption} does not apply to --method ${microsoft365.method}: Microsoft 365 accepts tokens only over TLS (ssl, tls or starttls).`,
    );
  const successFolder = stringOf(values, 'success-folder');
  const failedFolder = stringOf(values, 'failed-folder');
  const fields = connectionFields.safeParse({
    server: microsoft365.server,
    port: microsoft365.port,
    userName: microsoft365.mailbox,
    ...(successFolder !== undefined ? { successFolder } : {}),
    ...(failedFolder !== undefined ? { failedFolder } : {}),
  });
  if (!fields.success) {
    const field = String(fields.error.issues[0]?.path[0]);
    const option = field === 'userName' ? '--mailbox' : (OPTION_OF_FIELD[field] ?? '--server');
    throw new UsageError(`${option}: ${firstIssueText(fields.error, 'invalid value')}`);
  }
  if (fields.data.successFolder.toLowerCase() === fields.data.failedFolder.toLowerCase())
    throw new UsageError('--failed-folder: processed and failed mail need two different folders.');
  const caFile = stringOf(values, 'ca-file');
  const pinSha256 = stringOf(values, 'pin-sha256');
  return {
    server: fields.data.server,
    port: fields.data.port,
    encryption: encryption as Encryption,
    validateSsl: !values['no-validate-ssl'],
    ...(caFile !== undefined ? { caFile } : {}),
    ...(pinSha256 !== undefined ? { pinSha256 } : {}),
    user: microsoft365.mailbox,
    password: { from: 'none' },
    allowPlaintextPassword: false,
    timeoutMs: timeoutMsOf(stringOf(values, 'timeout')),
    json: values.json === true,
    transcript: values.transcript === true,
    processingFolders: { successFolder: fields.data.successFolder, failedFolder: fields.data.failedFolder },
    createFolders: values['create-folders'] === true,
    microsoft365,
  };
}
