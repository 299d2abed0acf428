import { CA_PEM_MAX_LENGTH } from '../shared/account';
import { checkAccountSecret } from '../core/accounts/account-secret';
import { readBoundedText } from '../core/read-bounded-file';
import { secretFromEnv, UsageError, type CliIo } from './cli-options';
import { english } from './english';
import type { Microsoft365Command } from './parse-microsoft-365-args';

async function certificateFile(path: string): Promise<string> {
  let read: Awaited<ReturnType<typeof readBoundedText>>;
  try {
    read = await readBoundedText(path, CA_PEM_MAX_LENGTH);
  } catch (error) {
    throw new UsageError(
      `--client-cert: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  if (!read.ok) throw new UsageError(`--client-cert: ${path} is larger than ${CA_PEM_MAX_LENGTH / 1024} KiB.`);
  return read.text;
}

/**
 * The app's secret: the client secret from the environment variable --client-secret-env names, or the
 * PEM (certificate and private key) from --client-cert's file, checked as the app checks it at save.
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
  const pem = await certificateFile(credential.path);
  const checked = checkAccountSecret({ method: command.method, clientCredential: 'certificate' }, pem);
  if (!checked.ok) throw new UsageError(`--client-cert: ${credential.path}: ${english(checked.problem)}`);
  return pem;
}
