import { describe, expect, it } from 'vitest';
import { dispatch, isApiMethod, MAX_ARGUMENT_BYTES } from '../../../src/main/ipc/dispatch';
import type { IpcHandlers, IpcReply } from '../../../src/shared/ipc';
import { english } from '../../support/report-text';

/** A reply with its error's message as English words: the transport's messages are a developer's English. */
function inEnglish(reply: IpcReply<unknown>) {
  return reply.ok ? reply : { ...reply, error: { ...reply.error, message: english(reply.error.message) } };
}

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
  restoreAccount: unused,
  testConnection: unused,
  detectSettings: unused,
  cancelTest: async () => ({ ok: true, value: { cancelled: false } }),
  copyText: unused,
  exportAccounts: unused,
  chooseImportFile: unused,
  chooseClientCertificate: unused,
  openClientCertificate: unused,
  previewImport: unused,
  applyImport: unused,
  saveDiagnostics: unused,
  saveHandover: unused,
  testAccounts: unused,
  getPortableStatus: unused,
  setPortablePassphrase: unused,
  unlockPortable: unused,
  changePortablePassphrase: unused,
  forgetPortableKey: unused,
  setCommandStates: unused,
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
    expect(
      inEnglish(await dispatch(handlers, 'saveAccount', [{ settings: { server: 'x'.repeat(MAX_ARGUMENT_BYTES) } }])),
    ).toMatchObject({ error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/larger/) } });
    expect(
      inEnglish(await dispatch(handlers, 'saveAccount', [JSON.parse('{"settings":{"__proto__":{"polluted":true}}}')])),
    ).toMatchObject({ error: { message: expect.stringMatching(/forbidden key/) } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys at any depth, and stops looking only below 20 levels', async () => {
    const forbidden = (reply: IpcReply<unknown>) =>
      expect(inEnglish(reply)).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: 'deleteAccount: the arguments contain a forbidden key.' },
      });
    for (const key of ['constructor', 'prototype', '__proto__'])
      forbidden(await dispatch(handlers, 'deleteAccount', [JSON.parse(`{"a":{"${key}":1}}`)]));
    // 20 levels down is still searched; a deeper key is left to the schema, which refuses the shape.
    const nested = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}{"constructor":1}${'}'.repeat(depth)}`);
    forbidden(await dispatch(handlers, 'deleteAccount', [nested(19)]));
    expect(inEnglish(await dispatch(handlers, 'deleteAccount', [nested(40)]))).toMatchObject({
      error: { code: 'INVALID_ARGUMENT', message: expect.not.stringMatching(/forbidden key/) },
    });
    // A null inside is a value, not an object to search.
    expect(await dispatch(handlers, 'deleteAccount', [null])).toMatchObject({ error: { code: 'INVALID_ARGUMENT' } });
    expect(calls).toEqual([]);
  });

  it('accepts arguments of exactly the size limit, refuses one byte more, and what cannot be serialised', async () => {
    // JSON.stringify(['…']) adds 4 characters around the string.
    const exactly = 'a'.repeat(MAX_ARGUMENT_BYTES - 4);
    expect(inEnglish(await dispatch(handlers, 'deleteAccount', [exactly]))).toMatchObject({
      error: { code: 'INVALID_ARGUMENT', message: expect.not.stringMatching(/larger/) },
    });
    expect(inEnglish(await dispatch(handlers, 'deleteAccount', [`${exactly}a`]))).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: `deleteAccount: the arguments are larger than ${MAX_ARGUMENT_BYTES} bytes.`,
      },
    });
    expect(inEnglish(await dispatch(handlers, 'deleteAccount', [10n]))).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'deleteAccount: the arguments cannot be serialised.' },
    });
  });

  it('names the argument that is wrong, and the method', async () => {
    expect(inEnglish(await dispatch(handlers, 'deleteAccount', [42]))).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^deleteAccount: 0: /) },
    });
    expect(inEnglish(await dispatch(handlers, 'listAccounts', ['extra']))).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^listAccounts: arguments: /) },
    });
    // A nested argument is named by its whole path, dotted.
    expect(inEnglish(await dispatch(handlers, 'testAccounts', [{ ids: ['a', 7] }]))).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^testAccounts: 0\.ids\.1: /) },
    });
  });

  it('turns an unexpected exception into a typed INTERNAL error without its message', async () => {
    const reply = await dispatch(handlers, 'saveAccount', [{ settings: {} }]);
    expect(inEnglish(reply)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'saveAccount failed unexpectedly (Error).' },
    });
  });

  it('names no internals when a handler throws something that is not an Error', async () => {
    const throwing: IpcHandlers = {
      ...handlers,
      listAccounts: async () => {
        throw 'secret detail';
      },
    };
    expect(inEnglish(await dispatch(throwing, 'listAccounts', []))).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'listAccounts failed unexpectedly (Error).' },
    });
  });

  it.each([
    ['deleteAccount', true],
    ['testAccounts', true],
    ['testAccountsProgress', false],
    ['evalScript', false],
    ['__proto__', false],
    ['', false],
  ])('knows %j as a method of the contract: %s', (method, known) => {
    expect(isApiMethod(method)).toBe(known);
  });

  it('passes valid arguments through', async () => {
    await expect(dispatch(handlers, 'deleteAccount', ['abc-123'])).resolves.toEqual({
      ok: true,
      value: { id: 'abc-123' },
    });
  });
});
