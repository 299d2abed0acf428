import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveDataDirectory } from '../../../src/main/platform/data-directory';
import { writeProtection } from '../../support/write-protected-fs';
import {
  portableProfile,
  STICK_ID_FILE,
  type PortableDataDirectory,
} from '../../../src/main/platform/portable-profile';
import { renderMessage } from '../../../src/shared/i18n';
import { literal } from '../../../src/shared/i18n/message';

// The tests run as root, which chmod does not stop: the stick's write protection is simulated at
// the file-system calls of the app's own modules (write-protected-fs.ts), as a read-only volume answers.
vi.mock('node:fs', async (original) => (await import('../../support/write-protected-fs')).protectFs(await original()));
vi.mock('node:fs/promises', async (original) =>
  (await import('../../support/write-protected-fs')).protectFsPromises(await original()),
);
/** Before a test's folders are removed: the protection would refuse that too. */
function unprotect(): void {
  writeProtection.roots.clear();
  writeProtection.attempts.length = 0;
  writeProtection.windowsAccess = false;
}

describe('where settings live (portable mode)', () => {
  let stick: string;
  beforeEach(() => {
    stick = mkdtempSync(path.join(os.tmpdir(), 'mc-usb-'));
  });
  afterEach(() => rmSync(stick, { recursive: true, force: true }));

  it('uses the user profile when not started as the portable executable', () => {
    expect(resolveDataDirectory({})).toEqual({ kind: 'installed' });
  });

  it('keeps settings in a data folder next to the portable executable, creating it', () => {
    expect(resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick })).toEqual({
      kind: 'portable',
      directory: path.join(stick, 'data'),
    });
    expect(statSync(path.join(stick, 'data')).isDirectory()).toBe(true);
  });

  it('leaves nothing behind when it checks that the data folder can be written', () => {
    mkdirSync(path.join(stick, 'data'));
    writeFileSync(path.join(stick, 'data', 'accounts.json'), '{}');
    expect(resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick }).kind).toBe('portable');
    expect(readdirSync(path.join(stick, 'data'))).toEqual(['accounts.json']);
  });

  describe('on a write-protected stick that has a data folder', () => {
    const data = () => path.join(stick, 'data');
    beforeEach(() => {
      mkdirSync(data());
      writeFileSync(path.join(data(), 'accounts.json'), '{"schemaVersion":1,"accounts":[]}');
      writeProtection.roots.add(stick);
    });
    afterEach(unprotect);

    it('opens the stick’s data folder read-only, with a notice and a reason naming the protection', () => {
      const resolved = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick });
      expect(resolved).toMatchObject({ kind: 'portable-read-only', directory: data(), code: 'EROFS' });
      if (resolved.kind !== 'portable-read-only') return;
      expect(renderMessage('en', resolved.notice)).toBe(
        `This stick is write-protected (${data()}: EROFS): its accounts are shown, but nothing can be saved until the protection is removed and Mailbox Connect restarted.`,
      );
      expect(renderMessage('en', resolved.reason)).toBe(
        `the stick is write-protected (${data()}: EROFS); remove the protection and restart Mailbox Connect to save`,
      );
      expect(readdirSync(data())).toEqual(['accounts.json']);
    });

    it('finds the protection on Windows too, where a folder always passes access(W_OK)', () => {
      writeProtection.windowsAccess = true;
      expect(resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick })).toMatchObject({
        kind: 'portable-read-only',
        code: 'EROFS',
      });
      // The probe was refused: nothing was created.
      expect(writeProtection.attempts).toEqual([
        { syscall: 'open', path: expect.stringMatching(/data.\.mailbox-connect-write-test-[0-9a-f]{12}$/) },
      ]);
      expect(readdirSync(data())).toEqual(['accounts.json']);
    });
  });

  // Without root, the real thing: a folder this user may not write.
  it.skipIf(process.getuid?.() === 0)('opens a data folder this user may not write read-only (EACCES)', () => {
    mkdirSync(path.join(stick, 'data'), { mode: 0o555 });
    try {
      expect(resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick })).toMatchObject({
        kind: 'portable-read-only',
        code: 'EACCES',
      });
    } finally {
      chmodSync(path.join(stick, 'data'), 0o755);
    }
  });

  it('says clearly when the folder next to the executable cannot hold settings', () => {
    // A file where the data folder should be: as real a failure as a write-protected stick.
    writeFileSync(path.join(stick, 'data'), 'not a folder');
    const resolved = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick });
    expect(resolved).toMatchObject({ kind: 'portable-unwritable', directory: path.join(stick, 'data') });
    expect(resolved.kind === 'portable-unwritable' && renderMessage('en', resolved.message)).toMatch(
      new RegExp(
        `Settings cannot be kept next to the program \\(.*data: E(EXIST|NOTDIR)\\); they are kept in your user profile instead\\.`,
      ),
    );
    expect(existsSync(path.join(stick, 'data'))).toBe(true);
  });
});

describe('where Chromium’s profile lives for a portable start (one per stick, on this machine)', () => {
  let root: string;
  let machine: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-profile-'));
    machine = path.join(root, 'machine', 'Mailbox Connect');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A stick with the portable exe in `name`; its data folder is created as the app does at start. */
  function stickAt(name: string): PortableDataDirectory {
    const executableDir = path.join(root, name);
    mkdirSync(executableDir, { recursive: true });
    const resolved = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: executableDir });
    if (resolved.kind === 'installed') throw new Error('not portable');
    return resolved;
  }
  const idFile = (stick: PortableDataDirectory) => path.join(stick.directory, STICK_ID_FILE);
  const isInside = (child: string, parent: string) => !path.relative(parent, child).startsWith('..');

  it('gives a new stick a random id in its data folder and a profile below this machine’s', () => {
    const stick = stickAt('E');
    const profile = portableProfile(stick, machine);
    const id = readFileSync(idFile(stick), 'utf8').trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(profile).toEqual({ userData: path.join(machine, 'portable', id), notices: [] });
    expect(isInside(profile.userData, root) && !isInside(profile.userData, path.join(root, 'E'))).toBe(true);
    // The id depends on nothing of this machine or this path: it is read back, not recomputed.
    expect(portableProfile(stick, machine)).toEqual(profile);
  });

  it('finds the same profile when the stick comes back under another drive letter', () => {
    const office = stickAt('E');
    const first = portableProfile(office, machine);
    const customer = path.join(root, 'F');
    cpSync(path.dirname(office.directory), customer, { recursive: true });
    rmSync(path.dirname(office.directory), { recursive: true });
    expect(portableProfile(stickAt('F'), machine)).toEqual(first);
  });

  it('keeps two sticks apart', () => {
    expect(portableProfile(stickAt('E'), machine).userData).not.toBe(portableProfile(stickAt('F'), machine).userData);
  });

  it('reads an id an editor saved with a line ending of its own', () => {
    const stick = stickAt('E');
    writeFileSync(idFile(stick), '0123456789abcdef0123456789abcdef\r\n');
    expect(portableProfile(stick, machine).userData).toBe(
      path.join(machine, 'portable', '0123456789abcdef0123456789abcdef'),
    );
  });

  it.each([
    ['text that is not an id', 'hello'],
    ['an id with a path in it', '../../../Windows/System32'],
    ['upper-case hex', '0123456789ABCDEF0123456789ABCDEF'],
    ['a cut-off id', '0123456789abcdef'],
    ['an empty file', ''],
    ['a long run of digits', '0'.repeat(4096)],
  ])('replaces a damaged id (%s) with a new one and says so', (_case, content) => {
    const stick = stickAt('E');
    writeFileSync(idFile(stick), content);
    const profile = portableProfile(stick, machine);
    const id = readFileSync(idFile(stick), 'utf8').trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(profile.userData).toBe(path.join(machine, 'portable', id));
    expect(profile.notices.map((notice) => [notice.severity, renderMessage('en', notice.message)])).toEqual([
      [
        'warning',
        `The identity file ${idFile(stick)} of this portable copy could not be used (it holds no valid identity) and was replaced by a new one. This computer keeps a separate profile for each portable copy, so passwords saved with this copy on this computer before must be entered again.`,
      ],
    ]);
    // Replaced once: the next start finds the new id and has nothing to say.
    expect(portableProfile(stick, machine)).toEqual({ userData: profile.userData, notices: [] });
    expect(readdirSync(stick.directory)).toEqual([STICK_ID_FILE]);
  });

  it('starts with a notice, never a crash, when the id cannot be written', () => {
    const stick = stickAt('E');
    // A folder where the id file should be: it can be neither read as an id nor replaced.
    mkdirSync(idFile(stick));
    const profile = portableProfile(stick, machine);
    expect(profile.userData).toMatch(new RegExp(`^${escape(path.join(machine, 'portable'))}.[0-9a-f]{32}$`));
    expect(profile.notices.map((notice) => renderMessage('en', notice.message))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The identity file ${escape(idFile(stick))} of this portable copy could not be written \\(E[A-Z]+\\)\\.`,
        ),
      ),
    ]);
    expect(portableProfile(stick, machine).userData).toBe(profile.userData);
    expect(statSync(idFile(stick)).isDirectory()).toBe(true);
    // The attempt left no half-written file behind on the stick.
    expect(readdirSync(stick.directory)).toEqual([STICK_ID_FILE]);
  });

  describe('on a stick that cannot be written', () => {
    afterEach(unprotect);
    it('derives a stable profile from the stick without writing anything', () => {
      mkdirSync(path.join(root, 'E'));
      writeFileSync(path.join(root, 'E', 'data'), 'not a folder');
      const stick = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'E') });
      expect(stick.kind).toBe('portable-unwritable');
      if (stick.kind === 'installed') return;
      const profile = portableProfile(stick, machine);
      expect(profile.notices).toEqual([]);
      expect(profile.userData).toMatch(/[0-9a-f]{32}$/);
      expect(path.dirname(profile.userData)).toBe(path.join(machine, 'portable'));
      expect(portableProfile(stick, machine)).toEqual(profile);
      expect(readdirSync(path.join(root, 'E'))).toEqual(['data']);
      expect(readFileSync(path.join(root, 'E', 'data'), 'utf8')).toBe('not a folder');
      // Another write-protected stick gets another profile.
      mkdirSync(path.join(root, 'F'));
      writeFileSync(path.join(root, 'F', 'data'), 'not a folder');
      const other = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'F') });
      if (other.kind === 'installed') throw new Error('not portable');
      expect(portableProfile(other, machine).userData).not.toBe(profile.userData);
    });

    it('derives the same profile when the stick is mounted under another path', () => {
      mkdirSync(path.join(root, 'E'));
      writeFileSync(path.join(root, 'E', 'data'), 'not a folder');
      const before = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'E') });
      if (before.kind === 'installed') throw new Error('not portable');
      const first = portableProfile(before, machine);
      // A rename keeps the folder's volume and file number, as another drive letter keeps the stick's.
      renameSync(path.join(root, 'E'), path.join(root, 'G'));
      const after = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'G') });
      if (after.kind === 'installed') throw new Error('not portable');
      expect(portableProfile(after, machine)).toEqual(first);
    });

    // Root ignores write protection here, so the stick's state is given as resolveDataDirectory reports it.
    const readOnly = (stick: PortableDataDirectory): PortableDataDirectory => ({
      kind: 'portable-unwritable',
      directory: stick.directory,
      message: literal('read-only'),
    });

    it('uses the id the stick already has', () => {
      const stick = stickAt('E');
      const writable = portableProfile(stick, machine);
      expect(portableProfile(readOnly(stick), machine)).toEqual(writable);
    });

    it('leaves a damaged id as it is', () => {
      const stick = stickAt('E');
      writeFileSync(idFile(stick), 'damaged');
      const profile = portableProfile(readOnly(stick), machine);
      expect(profile.notices).toEqual([]);
      expect(path.dirname(profile.userData)).toBe(path.join(machine, 'portable'));
      expect(readFileSync(idFile(stick), 'utf8')).toBe('damaged');
      expect(portableProfile(readOnly(stick), machine)).toEqual(profile);
    });

    it('still finds a profile when the stick cannot even be examined', () => {
      const gone = readOnly({ kind: 'portable', directory: path.join(root, 'unplugged', 'data') });
      const profile = portableProfile(gone, machine);
      expect(path.dirname(profile.userData)).toBe(path.join(machine, 'portable'));
      expect(portableProfile(gone, machine)).toEqual(profile);
    });

    it('on a read-only data folder, reads the stick’s id and writes none', () => {
      const stick = stickAt('E');
      const writable = portableProfile(stick, machine);
      writeProtection.roots.add(stick.directory);
      const resolved = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.dirname(stick.directory) });
      expect(resolved.kind).toBe('portable-read-only');
      if (resolved.kind === 'installed') return;
      expect(portableProfile(resolved, machine)).toEqual(writable);
      // Without an id on it, the profile is derived from the stick, as for a stick without a data folder.
      writeProtection.roots.clear();
      rmSync(idFile(stick));
      writeProtection.roots.add(stick.directory);
      const derived = portableProfile(resolved, machine);
      expect(derived.notices).toEqual([]);
      expect(path.dirname(derived.userData)).toBe(path.join(machine, 'portable'));
      expect(portableProfile(resolved, machine)).toEqual(derived);
      expect(readdirSync(stick.directory)).toEqual([]);
      expect(writeProtection.attempts.map((attempt) => attempt.syscall)).toEqual(['access']);
    });

    it('creates no id file', () => {
      const stick = stickAt('E');
      portableProfile(readOnly(stick), machine);
      expect(existsSync(idFile(stick))).toBe(false);
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a stick from an earlier version, which kept Chromium’s profile in its data folder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'mc-earlier-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('starts this machine’s new profile with a copy of the stick’s Local State, and never replaces it later', () => {
    const data = path.join(root, 'E', 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(path.join(data, 'Local State'), '{"os_crypt":{"encrypted_key":"stick"}}');
    const stick = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'E') });
    if (stick.kind === 'installed') throw new Error('not portable');
    const machine = path.join(root, 'machine');
    const { userData } = portableProfile(stick, machine);
    expect(readFileSync(path.join(userData, 'Local State'), 'utf8')).toBe('{"os_crypt":{"encrypted_key":"stick"}}');
    // This machine could not unwrap the key, so Chromium wrote its own: the next start keeps it.
    writeFileSync(path.join(userData, 'Local State'), '{"os_crypt":{"encrypted_key":"this machine"}}');
    portableProfile(stick, machine);
    expect(readFileSync(path.join(userData, 'Local State'), 'utf8')).toBe(
      '{"os_crypt":{"encrypted_key":"this machine"}}',
    );
    // The stick's copy is only read.
    expect(readFileSync(path.join(data, 'Local State'), 'utf8')).toBe('{"os_crypt":{"encrypted_key":"stick"}}');
  });

  it('creates an empty profile for a stick without one', () => {
    const stick = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: path.join(root, 'E') });
    if (stick.kind === 'installed') throw new Error('not portable');
    const { userData } = portableProfile(stick, path.join(root, 'machine'));
    expect(readdirSync(userData)).toEqual([]);
  });
});
