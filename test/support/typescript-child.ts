import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Node arguments that run a TypeScript file of this repository in a plain Node 24 process. */
export const TYPESCRIPT_NODE_ARGS = [
  '--experimental-transform-types',
  '--disable-warning=ExperimentalWarning',
  '--import',
  path.join(ROOT, 'scripts/register-ts-sources.mjs'),
];

/** Starts `file` (a .ts path relative to the repository) in a child Node process with piped stdio. */
export function spawnTypeScript(file: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...TYPESCRIPT_NODE_ARGS, path.join(ROOT, file), ...args], {
    stdio: 'pipe',
    cwd: ROOT,
  });
}
