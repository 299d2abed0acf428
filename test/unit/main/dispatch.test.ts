import { describe, expect, it } from 'vitest';
import { dispatch, MAX_ARGUMENT_BYTES } from '../../../src/main/ipc/dispatch';
import type { IpcHandlers } from '../../../src/shared/ipc';

const calls: string[] = [];
const unused = async (): Promise<never> => {
  throw new Error('not used');
};
const handlers: IpcHandlers = {
  getAppInfo: unused,
  setLocale: unused,
  getStorageStatus: unused,
  listAccounts: async () => ({ ok: true, value: [] }),
  getAccount: unused,
  duplicateAccount: unused,
  saveAccount: async () => {
    calls.push('save');
    throw new Error('should not leak');
  },
  deleteAccount: async (id) => ({ ok: true, value: { id } }),
  testConnection: unused,
  detectSettings: unused,
  cancelTest: async () => ({ ok: true, value: { cancelled: false } }),
  copyText: unused,
  exportAccounts: unused,
  chooseImportFile: unused,
  previewImport: unused,
  applyImport: unused,
  testAccounts: unused,
  testAccountsProgress: unused,
};

describe('IPC dispatch', () => {
  it('validates arguments before any handler runs', async () => {
    await expect(dispatch(handlers, 'deleteAccount', [42])).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    await expect(dispatch(handlers, 'deleteAccount', ['a/../b'])).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    await expect(dispatch(handlers, 'listAccounts', ['extra'])).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    await expect(dispatch(handlers, 'saveAccount', [{ settings: {}, unknown: 1 }])).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(calls).toEqual([]);
  });

  it('rejects oversized and prototype-polluting arguments', async () => {
    await expect(
      dispatch(handlers, 'saveAccount', [{ settings: { server: 'x'.repeat(MAX_ARGUMENT_BYTES) } }]),
    ).resolves.toMatchObject({ error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/larger/) } });
    await expect(
      dispatch(handlers, 'saveAccount', [JSON.parse('{"settings":{"__proto__":{"polluted":true}}}')]),
    ).resolves.toMatchObject({ error: { message: expect.stringMatching(/forbidden key/) } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns an unexpected exception into a typed INTERNAL error without its message', async () => {
    const reply = await dispatch(handlers, 'saveAccount', [{ settings: {} }]);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'saveAccount failed unexpectedly (Error).' },
    });
  });

  it('passes valid arguments through', async () => {
    await expect(dispatch(handlers, 'deleteAccount', ['abc-123'])).resolves.toEqual({
      ok: true,
      value: { id: 'abc-123' },
    });
  });
});
