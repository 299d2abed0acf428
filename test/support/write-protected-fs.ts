import { constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A write-protected stick for tests that run as root, which ignores chmod: `node:fs` and
 * `node:fs/promises` as the app's own modules see them (vi.mock), where every write below a
 * protected folder fails with EROFS, as a read-only volume answers, and is recorded. Dependencies
 * outside the vite graph (conf, proper-lockfile) still write for real, so a test also compares the
 * stick's bytes: the record shows what our code tried, the bytes what anything did.
 *
 * Use in a test file:
 *   vi.mock('node:fs', async (original) => (await import('./write-protected-fs')).protectFs(await original()));
 *   vi.mock('node:fs/promises', async (original) =>
 *     (await import('./write-protected-fs')).protectFsPromises(await original()));
 */
export interface WriteProtection {
  /** Folders (with everything below them) that refuse writes. */
  roots: Set<string>;
  /** Every refused attempt, in order. */
  attempts: { syscall: string; path: string }[];
  /** Windows' access(): W_OK never fails for a folder (libuv checks only the read-only attribute of files). */
  windowsAccess: boolean;
  /**
   * Single operations that fail with an errno code of the test's choice (EACCES, EBUSY, ENOSPC…),
   * protected folder or not: `syscall` is the name without `Sync` (`readFile`, `rename`, `copyFile`…),
   * and the path the call reads, or its source or destination, lies at or below `under`. Recorded in
   * `attempts` as well.
   */
  faults: { syscall: string; under: string; code: string }[];
}

// One record per worker, shared by the test and the mocked module even across vi.resetModules().
const scope = globalThis as unknown as { __writeProtection?: WriteProtection };
export const writeProtection: WriteProtection = (scope.__writeProtection ??= {
  roots: new Set(),
  attempts: [],
  windowsAccess: false,
  faults: [],
});

function isBelow(target: unknown, roots: Iterable<string>): target is string {
  if (typeof target !== 'string' && !(target instanceof URL) && !Buffer.isBuffer(target)) return false;
  const resolved = path.resolve(target instanceof URL ? target.pathname : target.toString());
  return [...roots].some((root) => {
    const relative = path.relative(root, resolved);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

const isProtected = (target: unknown): target is string => isBelow(target, writeProtection.roots);

/** Throws the chosen error, as Node words it, when a fault is set for this call on one of `paths`. */
function failIfFaulted(syscall: string, paths: unknown[]): void {
  const fault = writeProtection.faults.find(
    (candidate) => candidate.syscall === syscall && paths.some((target) => isBelow(target, [candidate.under])),
  );
  if (!fault) return;
  const target = path.resolve(String(paths[0]));
  writeProtection.attempts.push({ syscall, path: target });
  const errno = (os.constants.errno as Record<string, number | undefined>)[fault.code];
  throw Object.assign(new Error(`${fault.code}: refused by the test, ${syscall} '${target}'`), {
    code: fault.code,
    ...(errno === undefined ? {} : { errno: -errno }),
    syscall,
    path: target,
  });
}

function refuse(syscall: string, target: string): never {
  writeProtection.attempts.push({ syscall, path: target });
  throw Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${target}'`), {
    code: 'EROFS',
    errno: -30,
    syscall,
    path: target,
  });
}

const WRITE_FLAGS = constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND;

function opensForWriting(flags: unknown): boolean {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number') return (flags & WRITE_FLAGS) !== 0;
  return /[wax+]/.test(String(flags));
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Which argument of each call names a path it would write: the destination, for copies and renames. */
const WRITES: Record<string, number[]> = {
  writeFile: [0],
  appendFile: [0],
  mkdir: [0],
  mkdtemp: [0],
  rename: [0, 1],
  rm: [0],
  rmdir: [0],
  unlink: [0],
  copyFile: [1],
  cp: [1],
  symlink: [1],
  link: [1],
  truncate: [0],
  chmod: [0],
  utimes: [0],
};

/** Reads that a test may fail with a fault (they are never refused for a protected folder). */
const FAULTABLE_READS = ['readFile'];

function wrap(original: Record<string, unknown>, suffix: '' | 'Sync'): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  for (const base of FAULTABLE_READS) {
    const fn = original[`${base}${suffix}`];
    if (typeof fn !== 'function') continue;
    wrapped[`${base}${suffix}`] = (...args: unknown[]) => {
      failIfFaulted(base, [args[0]]);
      return (fn as AnyFunction)(...args);
    };
  }
  for (const [base, positions] of Object.entries(WRITES)) {
    const name = `${base}${suffix}`;
    const fn = original[name];
    if (typeof fn !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => {
      // The source too: a copy or rename can fail for either end.
      failIfFaulted(
        base,
        [...new Set([0, ...positions])].map((position) => args[position]),
      );
      for (const position of positions) {
        const target = args[position];
        if (isProtected(target)) refuse(base, path.resolve(String(target)));
      }
      return (fn as AnyFunction)(...args);
    };
  }
  const open = original[`open${suffix}`];
  if (typeof open === 'function') {
    wrapped[`open${suffix}`] = (...args: unknown[]) => {
      if (isProtected(args[0]) && opensForWriting(args[1])) refuse('open', path.resolve(String(args[0])));
      return (open as AnyFunction)(...args);
    };
  }
  const access = original[`access${suffix}`];
  if (typeof access === 'function') {
    wrapped[`access${suffix}`] = (...args: unknown[]) => {
      // Linux's access(2) answers EROFS for W_OK on a read-only volume, even to root.
      const writeAccess = typeof args[1] === 'number' && (args[1] & constants.W_OK) !== 0;
      if (isProtected(args[0]) && writeAccess && !writeProtection.windowsAccess)
        refuse('access', path.resolve(String(args[0])));
      return (access as AnyFunction)(...args);
    };
  }
  return wrapped;
}

export function protectFs<T extends object>(actual: T): T {
  const original = actual as unknown as Record<string, unknown>;
  const sync = wrap(original, 'Sync');
  const promises = {
    ...(original.promises as Record<string, unknown>),
    ...wrap(original.promises as Record<string, unknown>, ''),
  };
  const module = { ...original, ...sync, promises };
  return { ...module, default: module } as unknown as T;
}

export function protectFsPromises<T extends object>(actual: T): T {
  const original = actual as unknown as Record<string, unknown>;
  const module = { ...original, ...wrap(original, '') };
  return { ...module, default: module } as unknown as T;
}
