import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { message, type Message } from '../../shared/i18n/message';
import { errorCode } from '../../core/error-code';

export type DataDirectory =
  | { kind: 'installed' }
  | { kind: 'portable'; directory: string }
  /** The stick's data folder exists but cannot be written (a write-protected stick): its files are only read. */
  | { kind: 'portable-read-only'; directory: string; code: string; notice: Message; reason: Message }
  /** No data folder on the stick, and none can be made: nothing to show, the machine's profile is used. */
  | { kind: 'portable-unwritable'; directory: string; message: Message };

function isDirectory(directory: string): boolean {
  try {
    return statSync(directory).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why `directory` cannot be written, or undefined if it can. access(W_OK) alone is not enough: on
 * Windows it never fails for a folder (libuv only checks the read-only attribute of files), so a
 * write-protected stick passes it. A probe file created exclusively (never replacing anything) and
 * removed at once is what the stick itself answers; on a protected stick it is never created.
 */
function writeProblem(directory: string): string | undefined {
  try {
    accessSync(directory, constants.W_OK);
    const probe = path.join(directory, `.mailbox-connect-write-test-${randomBytes(6).toString('hex')}`);
    closeSync(openSync(probe, 'wx'));
    // The probe was created, so the folder is writable; an antivirus holding it must not say otherwise.
    try {
      rmSync(probe, { force: true });
    } catch {
      // A leftover probe costs a few bytes, and it is not the accounts file.
    }
    return undefined;
  } catch (error) {
    return errorCode(error);
  }
}

/**
 * The portable build (electron-builder sets PORTABLE_EXECUTABLE_DIR) keeps its settings in a
 * `data` folder next to the executable, so a consultant's USB stick carries them along.
 */
export function resolveDataDirectory(env: NodeJS.ProcessEnv): DataDirectory {
  const executableDir = env.PORTABLE_EXECUTABLE_DIR;
  if (!executableDir) return { kind: 'installed' };
  const directory = path.join(executableDir, 'data');
  if (!isDirectory(directory)) {
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      const reason = errorCode(error);
      return {
        kind: 'portable-unwritable',
        directory,
        // Translated where it is shown, in the language chosen by then.
        message: message('storage.portableUnwritable', { directory, reason }),
      };
    }
  }
  const code = writeProblem(directory);
  if (code === undefined) return { kind: 'portable', directory };
  // The stick's accounts are there: shown read-only rather than hidden behind this machine's profile.
  return {
    kind: 'portable-read-only',
    directory,
    code,
    notice: message('storage.portableReadOnly', { directory, code }),
    reason: message('storage.portableReadOnly.reason', { directory, code }),
  };
}
