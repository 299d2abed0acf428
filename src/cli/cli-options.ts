import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_TEST_TIMEOUT_MS } from '../shared/connection-test';

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

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
