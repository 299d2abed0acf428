import { accountFieldsSchema, type AppRegistrationMethod } from '../shared/account';
import { MICROSOFT_CLOUDS, type MicrosoftCloudName } from '../shared/microsoft-clouds';
import { UsageError } from './cli-options';
import { firstIssueText } from './english';

/** `test --method imap-oauth|graph`: the app registration, its credential, and the mailbox. */
export interface Microsoft365Command {
  method: AppRegistrationMethod;
  tenant: string;
  clientId: string;
  authorityHost: string;
  /**
   * The secret comes from the environment (never an argument: the process list shows those) or the
   * certificate file (PEM, or PFX with its password in the environment variable `passwordVariable`).
   */
  credential: { from: 'env'; variable: string } | { from: 'file'; path: string; passwordVariable?: string };
  mailbox: string;
  /** The cloud's IMAP or Graph host unless --server says otherwise. */
  server: string;
  port: number;
}

/** The options of `test` that exist for the Microsoft 365 methods only. */
export const MICROSOFT_365_OPTIONS = {
  method: { type: 'string' },
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret-env': { type: 'string' },
  'client-cert': { type: 'string' },
  'client-cert-password-env': { type: 'string' },
  mailbox: { type: 'string' },
  'authority-host': { type: 'string' },
  cloud: { type: 'string' },
} as const;

export const TEST_METHODS = ['imap', 'imap-oauth', 'graph'] as const;
const CLOUD_NAMES = Object.keys(MICROSOFT_CLOUDS) as MicrosoftCloudName[];
const APP_ONLY = [
  'tenant',
  'client-id',
  'client-secret-env',
  'client-cert',
  'client-cert-password-env',
  'mailbox',
  'authority-host',
  'cloud',
];
/** Password sign-in's options: a Microsoft 365 method has the app's credential and the mailbox instead. */
const PASSWORD_ONLY: Record<string, string> = {
  user: '--mailbox',
  'password-env': '--client-secret-env VAR or --client-cert FILE',
  'password-stdin': '--client-secret-env VAR or --client-cert FILE',
  'allow-plaintext-password': 'an encrypted connection (Microsoft 365 accepts tokens only over TLS)',
};
// Graph is HTTPS on its port: no encryption to choose (the certificate check and a pin apply as for IMAP).
const GRAPH_UNSUPPORTED = ['encryption'];

const appFields = accountFieldsSchema.pick({ tenant: true, clientId: true, authorityHost: true, port: true });
const mailboxSchema = accountFieldsSchema.shape.emailAddress;

type Values = Record<string, string | boolean | undefined>;

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function required(values: Values, name: string, what: string): string {
  const value = text(values, name);
  if (value === undefined || value.trim() === '')
    throw new UsageError(`--${name} is required with --method ${values.method}: ${what}.`);
  return value;
}

/** Checks one value with the account's own rule, so the CLI refuses what the form refuses, in the same words. */
function checked<T>(
  option: string,
  result: { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } },
): T {
  if (!result.success) throw new UsageError(`${option}: ${firstIssueText(result.error as never, 'invalid value')}`);
  return result.data;
}

/**
 * The Microsoft 365 part of `test`, or undefined for `--method imap` (the default). Every mistake names
 * its option: a missing or doubled credential, an option of password sign-in, an unknown cloud.
 */
export function parseMicrosoft365Args(values: Values): Microsoft365Command | undefined {
  const method = text(values, 'method') ?? 'imap';
  if (!(TEST_METHODS as readonly string[]).includes(method))
    throw new UsageError(`--method: "${method}" is not one of ${TEST_METHODS.join(', ')}.`);
  if (method === 'imap') {
    const given = APP_ONLY.find((name) => values[name] !== undefined);
    if (given) throw new UsageError(`--${given} applies to --method imap-oauth or graph only.`);
    return undefined;
  }
  const appMethod = method as AppRegistrationMethod;
  for (const [name, instead] of Object.entries(PASSWORD_ONLY))
    if (values[name] !== undefined)
      throw new UsageError(`--${name} does not apply to --method ${method}: use ${instead}.`);
  if (appMethod === 'graph') {
    const given = GRAPH_UNSUPPORTED.find((name) => values[name] !== undefined);
    if (given) throw new UsageError(`--${given} does not apply to --method graph: Microsoft Graph is always HTTPS.`);
  }

  const cloudName = text(values, 'cloud') ?? 'global';
  if (!(CLOUD_NAMES as string[]).includes(cloudName))
    throw new UsageError(`--cloud: "${cloudName}" is not one of ${CLOUD_NAMES.join(', ')}.`);
  const cloud = MICROSOFT_CLOUDS[cloudName as MicrosoftCloudName];

  const secretEnv = text(values, 'client-secret-env');
  const certFile = text(values, 'client-cert');
  if (secretEnv !== undefined && certFile !== undefined)
    throw new UsageError(
      '--client-secret-env and --client-cert: give only one of them (the app has a secret or a certificate).',
    );
  if (secretEnv === undefined && certFile === undefined)
    throw new UsageError(
      `--method ${method} needs the app's credential: --client-secret-env VAR or --client-cert FILE.`,
    );
  const certPasswordEnv = text(values, 'client-cert-password-env');
  if (certPasswordEnv !== undefined && certFile === undefined)
    throw new UsageError('--client-cert-password-env is the password of a PFX file: give it with --client-cert FILE.');

  const tenant = required(values, 'tenant', 'the directory (tenant) ID or a domain such as contoso.onmicrosoft.com');
  const clientId = required(values, 'client-id', 'the application (client) ID of the app registration');
  const mailbox = required(values, 'mailbox', 'the address of the mailbox to test');
  const server = text(values, 'server') ?? (appMethod === 'graph' ? cloud.graphHost : cloud.imapHost);
  const port = text(values, 'port') ?? (appMethod === 'graph' ? '443' : '993');
  const fields = checked('--tenant', appFields.pick({ tenant: true }).safeParse({ tenant }));
  const app = checked('--client-id', appFields.pick({ clientId: true }).safeParse({ clientId }));
  const authority = checked(
    '--authority-host',
    appFields
      .pick({ authorityHost: true })
      .safeParse({ authorityHost: text(values, 'authority-host') ?? cloud.authorityHost }),
  );
  const address = checked('--mailbox', mailboxSchema.safeParse(mailbox));
  const portNumber = checked('--port', appFields.pick({ port: true }).safeParse({ port }));
  return {
    method: appMethod,
    tenant: fields.tenant ?? tenant,
    clientId: app.clientId ?? clientId,
    authorityHost: authority.authorityHost ?? cloud.authorityHost,
    credential:
      secretEnv !== undefined
        ? { from: 'env', variable: secretEnv }
        : {
            from: 'file',
            path: certFile as string,
            ...(certPasswordEnv !== undefined ? { passwordVariable: certPasswordEnv } : {}),
          },
    mailbox: address,
    server,
    port: portNumber.port,
  };
}
