import type { CliIo } from '../../src/cli/cli-options';
import { runCli } from '../../src/cli/main';
import type { CliResult } from './run-cli';

/**
 * The CLI run in this process, from the sources (the built one in run-cli.ts needs a build): what
 * it printed and its exit code. `env` is all the environment it sees; `stdin` what it reads.
 */
export async function cliInProcess(argv: string[], env: Record<string, string> = {}, stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    readStdin: async () => stdin,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
