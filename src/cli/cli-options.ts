import { readFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_TEST_TIMEOUT_MS } from '../shared/connection-test';
import type { IpcError } from '../shared/ipc';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** Every command ends a usage mistake the same way; anything else is a bug and is thrown on. */
export function usageFailure(error: unknown, usage: string, io: CliIo): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`${error.message}\n${usage}\n`);
  return EXIT.usage;
}

/** Strict option parsing for every command: an unknown or malformed option is a UsageError naming it. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** `--timeout SECONDS` (1–120, default 15) in milliseconds. */
export function timeoutMsOf(value: string | undefined): number {
  const seconds = value === undefined ? DEFAULT_TEST_TIMEOUT_MS / 1000 : Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 120) {
    throw new UsageError(`--timeout: "${value}" is not a number of seconds between 1 and 120.`);
  }
  return Math.round(seconds * 1000);
}

/** A secret named by `--…-env VAR`: read from the environment so it never shows in the process list. */
export function secretFromEnv(env: NodeJS.ProcessEnv, variable: string, option: string): string {
  const value = env[variable];
  if (value === undefined) throw new UsageError(`${option}: the environment variable ${variable} is not set.`);
  return value;
}

/** A file an option names, read as text; a missing or oversized file is a usage mistake naming the option. */
export async function readOptionFile(path: string, option: string, maxBytes?: number): Promise<string> {
  try {
    if (maxBytes !== undefined && (await stat(path)).size > maxBytes)
      throw new UsageError(`${option}: ${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${option}: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** A refused file: the message, then each problem on its own indented line. */
export function problemsText(error: Pick<IpcError, 'message' | 'problems'>): string {
  return `${[error.message, ...(error.problems ?? []).map((problem) => `  ${problem}`)].join('\n')}\n`;
}
