import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccounts } from '../../src/renderer/src/hooks/useAccounts';
import { requestInitialAccounts, takeInitialAccounts } from '../../src/renderer/src/initial-accounts';
import type { AccountView } from '../../src/shared/account';

const ACCOUNT = { id: 'a1', connectionName: 'Invoices' } as AccountView;
const listAccounts = vi.fn(async () => ({ ok: true as const, value: [ACCOUNT] }));

vi.mock('../../src/renderer/src/api', () => ({ getApi: () => ({ listAccounts }) }));

afterEach(() => {
  takeInitialAccounts();
  listAccounts.mockClear();
});

describe('the account list asked for at start-up (main.tsx)', () => {
  it('is in the first render once it has arrived, with no second request', async () => {
    requestInitialAccounts();
    await Promise.resolve();
    await Promise.resolve();
    const { result } = renderHook(() => useAccounts());
    expect(result.current.loading).toBe(false);
    expect(result.current.accounts).toEqual([ACCOUNT]);
    expect(listAccounts).toHaveBeenCalledTimes(1);
  });

  it('is awaited when still on its way, not asked for twice', async () => {
    requestInitialAccounts();
    const { result } = renderHook(() => useAccounts());
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.accounts).toEqual([ACCOUNT]));
    expect(listAccounts).toHaveBeenCalledTimes(1);
  });

  it('serves one page only: a later mount asks main again', async () => {
    requestInitialAccounts();
    renderHook(() => useAccounts());
    const { result } = renderHook(() => useAccounts());
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(listAccounts).toHaveBeenCalledTimes(2);
  });
});
