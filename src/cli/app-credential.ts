import { CA_PEM_MAX_LENGTH } from '../shared/account';
import { checkAccountSecret } from '../core/accounts/account-secret';
import { isPemText, pfxToPem } from '../core/oauth/pfx-to-pem';
import { readBoundedBytes } from '../core/read-bounded-file';
import { secretFromEnv, UsageError, type CliIo } from './cli-options';
import { english } from './english';
import type { Microsoft365Command } from './parse-microsoft-365-args';

type CertificateFile = Extract<Microsoft365Command['credential'], { from: 'file' }>;

async function certificateFile(path: string): Promise<Buffer> {
  let read: Awaited<ReturnType<typeof readBoundedBytes>>;
  try {
    read = await readBoundedBytes(path, CA_PEM_MAX_LENGTH);
  } catch (error) {
    throw new UsageError(
      `--client-cert: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  if (!read.ok) throw new UsageError(`--client-cert: ${path} is larger than ${CA_PEM_MAX_LENGTH / 1024} KiB.`);
  return read.content;
}

/**
 * The PEM of --client-cert's file: PEM text as it is, a PFX (told by content, not by name) converted
 * with the password from --client-cert-password-env. The password only opens the file; what the
 * account would seal is the PEM.
 */
async function certificatePem(credential: CertificateFile, io: CliIo): Promise<string> {
  const content = await certificateFile(credential.path);
  const { passwordVariable } = credential;
  if (isPemText(content)) {
    if (passwordVariable !== undefined)
      throw new UsageError(
        `--client-cert-password-env: ${credential.path} is a PEM file; the password applies to a PFX file only.`,
      );
    return content.toString('utf8');
  }
  const password =
    passwordVariable === undefined ? undefined : secretFromEnv(io.env, passwordVariable, '--client-cert-password-env');
  const converted = pfxToPem(content, password);
  if (converted.ok) return converted.pem;
  if (converted.reason === 'password-needed')
    throw new UsageError(
      `--client-cert: ${credential.path}: ${english(converted.problem)} Give it in an environment variable with --client-cert-password-env VAR.`,
    );
  if (converted.reason === 'password-wrong')
    throw new UsageError(`--client-cert-password-env: ${credential.path}: ${english(converted.problem)}`);
  throw new UsageError(`--client-cert: ${credential.path}: ${english(converted.problem)}`);
}

/**
 * The app's secret: the client secret from the environment variable --client-secret-env names, or the
 * PEM (certificate and private key) from --client-cert's file (a PFX converted to it), checked as the
 * app checks it at save.
 * The refusals name the option and what is wrong, never the secret or the file's content.
 */
export async function appSecretOf(command: Microsoft365Command, io: CliIo): Promise<string> {
  const { credential } = command;
  if (credential.from === 'env') {
    const secret = secretFromEnv(io.env, credential.variable, '--client-secret-env');
    if (secret === '')
      throw new UsageError(`--client-secret-env: the environment variable ${credential.variable} is empty.`);
    const checked = checkAccountSecret({ method: command.method, clientCredential: 'secret' }, secret);
    if (!checked.ok) throw new UsageError(`--client-secret-env: ${english(checked.problem)}`);
    return secret;
  }
  const pem = await certificatePem(credential, io);
  const checked = checkAccountSecret({ method: command.method, clientCredential: 'certificate' }, pem);
  if (!checked.ok) throw new UsageError(`--client-cert: ${credential.path}: ${english(checked.problem)}`);
  return pem;
}
