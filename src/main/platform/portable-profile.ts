import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { message } from '../../shared/i18n/message';
import type { StorageNotice } from '../../shared/storage-status';
import type { DataDirectory } from './data-directory';
import { errorCode } from '../../core/error-code';

/** The stick's identity, in its data folder: it travels with the stick whatever drive letter it gets. */
export const STICK_ID_FILE = 'portable-id';

/** Chromium's file holding os_crypt.encrypted_key, the safeStorage key wrapped by DPAPI. */
const LOCAL_STATE = 'Local State';

/** 128 random bits as lower-case hex: enough that two sticks never meet, and a safe folder name everywhere. */
const STICK_ID = /^[0-9a-f]{32}$/;

export type PortableDataDirectory = Exclude<DataDirectory, { kind: 'installed' }>;

export interface PortableProfile {
  /** Electron's `userData` for this stick on this machine (Chromium's profile with its safeStorage key). */
  userData: string;
  notices: StorageNotice[];
}

/** `reason` is a file-system code, or undefined when the file is there but holds no id (`text`). */
type ReadOutcome =
  { kind: 'found'; id: string } | { kind: 'missing' } | { kind: 'damaged'; reason?: string; text?: string };

/**
 * What the id file holds for a moment while another first start of the same stick writes it: the
 * exclusive create and the write are two steps, so a reader in between finds it empty (or cut off).
 */
const BEING_WRITTEN = /^[0-9a-f]{0,31}$/;
/** How long such a file is given to be filled before it counts as damaged: far longer than one small write. */
const SETTLE_TRIES = 25;
const SETTLE_MS = 20;

function readStickId(file: string): ReadOutcome {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'damaged', reason: code };
  }
  const id = text.trim();
  return STICK_ID.test(id) ? { kind: 'found', id } : { kind: 'damaged', text };
}

/** readStickId, waiting while the file looks like another start is still writing it. */
function readSettledStickId(file: string): ReadOutcome {
  for (let attempt = 1; ; attempt++) {
    const read = readStickId(file);
    const maybeBeingWritten = read.kind === 'damaged' && read.text !== undefined && BEING_WRITTEN.test(read.text);
    if (!maybeBeingWritten || attempt === SETTLE_TRIES) return read;
    // Start-up is synchronous here (userData must be set before Electron is ready): a blocking wait.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
  }
}

/**
 * Without a writable stick there is no id file to create, yet the same stick must find the same
 * profile at every start. The volume and file number of the program's folder (on Windows the volume
 * serial number and the file id) belong to the stick's file system, not to the drive letter.
 */
function derivedStickId(executableDir: string): string {
  let identity: string;
  try {
    const { dev, ino } = statSync(executableDir, { bigint: true });
    identity = `volume:${dev}:${ino}`;
  } catch {
    identity = `path:${path.resolve(executableDir).toLowerCase()}`;
  }
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

function newStickId(): string {
  return randomBytes(16).toString('hex');
}

/** Creates the id file only if none exists: two instances starting at once agree on the first one written. */
function createStickId(file: string): string {
  try {
    writeFileSync(file, `${newStickId()}\n`, { flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
  const read = readSettledStickId(file);
  if (read.kind !== 'found') throw Object.assign(new Error('the id file could not be read back'), { code: 'EIO' });
  return read.id;
}

/** Replaces a damaged id file in one rename, so a pulled stick leaves the old file or the new one. */
function replaceStickId(file: string): string {
  const id = newStickId();
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, `${id}\n`);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return id;
}

function stickIdOf(dataDirectory: PortableDataDirectory): { id: string; notices: StorageNotice[] } {
  const file = path.join(dataDirectory.directory, STICK_ID_FILE);
  const executableDir = path.dirname(dataDirectory.directory);
  const read = readSettledStickId(file);
  if (read.kind === 'found') return { id: read.id, notices: [] };
  // A write-protected stick: nothing can be written, and the storage notice already says so.
  if (dataDirectory.kind !== 'portable') return { id: derivedStickId(executableDir), notices: [] };
  try {
    if (read.kind === 'missing') return { id: createStickId(file), notices: [] };
    const id = replaceStickId(file);
    const { reason } = read;
    const notice = message('storage.portableIdReplaced', {
      file,
      reason: reason ?? message('storage.portableIdReplaced.notAnId'),
    });
    return { id, notices: [{ severity: 'warning', message: notice }] };
  } catch (error) {
    const code = errorCode(error);
    return {
      id: derivedStickId(executableDir),
      notices: [{ severity: 'warning', message: message('storage.portableIdUnsaved', { file, code }) }],
    };
  }
}

/**
 * Where Chromium's profile lives for a portable start: on this machine, never on the stick. Its
 * `Local State` holds the safeStorage key wrapped by Windows DPAPI for one user on one machine; a
 * machine that cannot unwrap it writes a new key over it, so on the stick one visit to another
 * machine would make every password undecryptable everywhere. One folder per stick (below the
 * machine's own profile of the app) keeps the installed app and each stick apart: Electron keys the
 * single-instance lock by `userData`, so they must not share one.
 */
export function portableProfile(dataDirectory: PortableDataDirectory, machineProfile: string): PortableProfile {
  const { id, notices } = stickIdOf(dataDirectory);
  const userData = path.join(machineProfile, 'portable', id);
  // Electron refuses a userData folder that does not exist yet; undefined means it did exist.
  const created = mkdirSync(userData, { recursive: true }) !== undefined;
  if (created) adoptEarlierLocalState(dataDirectory.directory, userData);
  return { userData, notices };
}

/**
 * Earlier versions kept Chromium's profile in the data folder, and the stick's passwords are sealed
 * with the key in its `Local State`. A copy starts this machine's new profile: where DPAPI can unwrap
 * that key (the machine that wrote it) the passwords still open; elsewhere Chromium writes a new key
 * into the copy, never onto the stick. Only read from the stick, and only for a new profile, so a
 * key Chromium has since written here is never replaced.
 */
function adoptEarlierLocalState(dataFolder: string, userData: string): void {
  try {
    copyFileSync(path.join(dataFolder, LOCAL_STATE), path.join(userData, LOCAL_STATE), constants.COPYFILE_EXCL);
  } catch {
    // No earlier profile on the stick (the usual case), or unreadable: the passwords are entered again.
  }
}
