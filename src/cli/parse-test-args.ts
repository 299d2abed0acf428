import { parseOptions, timeoutMsOf, UsageError } from './cli-options';
import { accountFieldsSchema, type ProcessingFolderNames } from '../shared/account';
import { ENCRYPTIONS, defaultPortFor, plaintextConsentMissing, type Encryption } from '../shared/encryption';
import { firstIssueText } from './english';

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
}

export const TEST_USAGE = `Usage: mailbox-connect test --server HOST [--port N] [--encryption ${ENCRYPTIONS.join('|')}]
       [--no-validate-ssl] [--ca-file PEM] [--pin-sha256 FINGERPRINT] [--user USER]
       [--password-env VAR | --password-stdin] [--allow-plaintext-password] [--timeout SECONDS]
       [--json] [--transcript] [--success-folder NAME] [--failed-folder NAME] [--create-folders]
With --encryption none or notls the password travels unencrypted: it is sent only with
--allow-plaintext-password.
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
  });
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
