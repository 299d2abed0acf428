import { readFile } from 'node:fs/promises';
import { readBoundedText } from '../core/read-bounded-file';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_TEST_TIMEOUT_MS } from '../shared/connection-test';
import type { CoreError } from '../shared/result';
import { english } from './english';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** A refusal that is not a usage mistake (a wrong passphrase, a damaged key file): its message alone, exit code 1. */
export class CommandFailure extends Error {}

/** `--help` / `-h` among a command's options: thrown by the parser so no command validates or runs. */
export class HelpRequest extends Error {}

/** Asked-for usage is output, not an error: stdout (so `| less` works) and exit 0. */
export function showUsage(usage: string, io: CliIo): number {
  io.stdout(`${usage}\n`);
  return EXIT.ok;
}

/**
 * Every command ends a help request, a usage mistake and a refusal the same way; anything else is a
 * bug and is thrown on.
 */
export function usageFailure(error: unknown, usage: string, io: CliIo): number {
  if (error instanceof HelpRequest) return showUsage(usage, io);
  if (error instanceof CommandFailure) {
    io.stderr(`${error.message}\n`);
    return EXIT.failed;
  }
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`${error.message}\n${usage}\n`);
  return EXIT.usage;
}

// Every command takes it, so no command can forget it; a command's own options never use -h.
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

function parseStrict<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Strict option parsing for every command: an unknown or malformed option is a UsageError naming it,
 * even next to `--help`; a well-formed `--help` is a HelpRequest, before any value is checked.
 */
export function parseOptions<T extends Options>(argv: string[], options: T) {
  const values = parseStrict(argv, { ...options, ...HELP_OPTION });
  // `in` because TypeScript cannot see `help` through the generic parse result.
  if ('help' in values && values.help === true) throw new HelpRequest();
  return values;
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

/** The secret of an optional `--…-env VAR`: undefined when the option was not given. */
export function optionalSecretFromEnv(
  env: NodeJS.ProcessEnv,
  variable: string | undefined,
  option: string,
): string | undefined {
  return variable === undefined ? undefined : secretFromEnv(env, variable, option);
}

/** A file an option names, read as text; a missing or oversized file is a usage mistake naming the option. */
export async function readOptionFile(path: string, option: string, maxBytes?: number): Promise<string> {
  try {
    if (maxBytes === undefined) return await readFile(path, 'utf8');
    const read = await readBoundedText(path, maxBytes);
    if (!read.ok) throw new UsageError(`${option}: ${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    return read.text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${option}: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

/** `--ca-file PEM`: a company CA to trust besides the system's; a file without a certificate is a usage mistake. */
export async function readCaFile(path: string): Promise<string> {
  const pem = await readOptionFile(path, '--ca-file');
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new UsageError(`--ca-file: ${path} holds no PEM certificate.`);
  return pem;
}

/** A refused file: the message, then each problem on its own indented line. */
export function problemsText(error: Pick<CoreError<string>, 'message' | 'problems'>): string {
  return `${[english(error.message), ...(error.problems ?? []).map((problem) => `  ${english(problem)}`)].join('\n')}\n`;
}
