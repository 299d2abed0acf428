import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccounts } from '../../src/renderer/src/hooks/useAccounts';
import { ConnectAccountsPage } from '../../src/renderer/src/pages/ConnectAccountsPage';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import type { MailboxConnectApi } from '../../src/shared/ipc';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(cleanup);

function account(index: number): AccountView {
  const number = String(index + 1).padStart(4, '0');
  return {
    ...accountSettingsSchema.parse({
      server: `mail${number}.contoso.local`,
      port: 993,
      encryption: 'ssl',
      validateSsl: true,
      connectionName: `Mailbox ${number}`,
      emailAddress: `box${number}@contoso.local`,
      userName: `CONTOSO\\box${number}`,
      successFolder: 'SuccessProcessing',
      failedFolder: 'FailedProcessing',
      insecureAcknowledged: false,
    }),
    id: `a1b2c3d4-0000-4000-8000-${number.padStart(12, '0')}`,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    hasPassword: true,
    passwordNeedsReentry: false,
  };
}

function Page() {
  const accounts = useAccounts();
  return <ConnectAccountsPage accounts={accounts} active />;
}

function mainWith(count: number) {
  let accounts = Array.from({ length: count }, (_, index) => account(index));
  const deleteAccount = vi.fn<MailboxConnectApi['deleteAccount']>(async (id) => {
    accounts = accounts.filter((known) => known.id !== id);
    return { ok: true, value: { id } };
  });
  installFakeApi({
    listAccounts: async () => ({ ok: true, value: accounts }),
    deleteAccount,
    getPortableStatus: async () => ({ ok: true, value: { portable: false } }),
  });
  return { deleteAccount };
}

const listbox = () => screen.getByRole('listbox', { name: 'E-mail accounts' });
const activeOption = () => document.getElementById(listbox().getAttribute('aria-activedescendant') ?? '');

describe('the account list with a thousand accounts', () => {
  it('draws a few rows only, and End still reaches the thousandth', async () => {
    mainWith(1000);
    await renderWithProviders(<Page />, 'Mailbox 0001');
    expect(listbox().getAttribute('data-account-count')).toBe('1000');
    expect(within(listbox()).getAllByRole('option').length).toBeLessThan(100);
    fireEvent.focus(listbox());
    fireEvent.keyDown(listbox(), { key: 'End' });
    expect(activeOption()?.textContent).toMatch(/^Mailbox 1000/);
    expect(activeOption()?.getAttribute('aria-posinset')).toBe('1000');
    expect(activeOption()?.getAttribute('aria-setsize')).toBe('1000');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
  });

  it('asks before deleting the selection, naming how many, and deletes nothing on Cancel', async () => {
    const { deleteAccount } = mainWith(5);
    await renderWithProviders(<Page />, 'Mailbox 0001');
    fireEvent.focus(listbox());
    fireEvent.keyDown(listbox(), { key: 'Home' });
    fireEvent.keyDown(listbox(), { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(listbox(), { key: 'Delete' });
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 accounts?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deleteAccount).not.toHaveBeenCalled();

    fireEvent.keyDown(listbox(), { key: 'Delete' });
    const again = await screen.findByRole('dialog', { name: 'Delete 2 accounts?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 2 accounts.');
    expect(deleteAccount.mock.calls.map(([id]) => id)).toEqual([account(0).id, account(1).id]);
    await waitFor(() => expect(listbox().getAttribute('data-account-count')).toBe('3'));
  });
});
