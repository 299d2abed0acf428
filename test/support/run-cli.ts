import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/mailbox-connect.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI on plain Node, as `npx mailbox-connect` would; with `offline`, inside a network
 * namespace of its own (unshare -n) where loopback is down and no DNS server can be reached: a
 * laptop without network, on this machine.
 */
export async function runCli(args: string[], env: Record<string, string> = {}, offline = false): Promise<CliResult> {
  const [command, commandArgs] = offline
    ? ['unshare', ['--net', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  try {
    const { stdout, stderr } = await run(command, commandArgs, { env: { ...process.env, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export const CLI_BIN = BIN;
