import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveDataDirectory } from '../../../src/main/platform/data-directory';

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

  it('says clearly when the folder next to the executable cannot hold settings', () => {
    // A file where the data folder should be: as real a failure as a write-protected stick.
    writeFileSync(path.join(stick, 'data'), 'not a folder');
    const resolved = resolveDataDirectory({ PORTABLE_EXECUTABLE_DIR: stick });
    expect(resolved).toMatchObject({ kind: 'portable-unwritable', directory: path.join(stick, 'data') });
    expect(resolved.kind === 'portable-unwritable' && resolved.message()).toMatch(
      new RegExp(
        `Settings cannot be kept next to the program \\(.*data: E(EXIST|NOTDIR)\\); they are kept in your user profile instead\\.`,
      ),
    );
    expect(existsSync(path.join(stick, 'data'))).toBe(true);
  });
});
