import { describe, expect, it } from 'vitest';
import { listedFolders } from '../../../src/core/connection-test/folder-list';
import { FOLDER_LIST_MAX } from '../../../src/shared/connection-test';

describe('listedFolders', () => {
  it('keeps every folder of an ordinary mailbox', () => {
    expect(listedFolders(['INBOX', 'Gelöscht'])).toEqual({ folders: ['INBOX', 'Gelöscht'] });
  });

  it('keeps the first FOLDER_LIST_MAX and counts the rest', () => {
    const paths = Array.from({ length: FOLDER_LIST_MAX + 7 }, (_value, index) => `F${index}`);
    const kept = listedFolders(paths);
    expect(kept.folders).toHaveLength(FOLDER_LIST_MAX);
    expect(kept.folders.at(-1)).toBe(`F${FOLDER_LIST_MAX - 1}`);
    expect(kept.foldersOmitted).toBe(7);
    expect(listedFolders(paths.slice(0, FOLDER_LIST_MAX))).toEqual({ folders: paths.slice(0, FOLDER_LIST_MAX) });
  });
});
