import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccounts } from '../../src/renderer/src/hooks/useAccounts';
import { ConnectAccountsPage } from '../../src/renderer/src/pages/ConnectAccountsPage';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import { literal, message } from '../../src/shared/i18n/message';
import type { MailboxConnectApi } from '../../src/shared/ipc';
import type { PortablePasswordsStatus } from '../../src/shared/portable';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(cleanup);

const settings = accountSettingsSchema.parse({
  server: 'mail.contoso.local',
  port: 993,
  encryption: 'ssl',
  validateSsl: true,
  connectionName: 'Invoices',
  emailAddress: 'invoices@contoso.local',
  userName: 'CONTOSO\\invoices',
  successFolder: 'SuccessProcessing',
  failedFolder: 'FailedProcessing',
  insecureAcknowledged: false,
});
const stored: AccountView = {
  ...settings,
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  hasPassword: true,
  passwordNeedsReentry: false,
};

function Page() {
  const accounts = useAccounts();
  return <ConnectAccountsPage accounts={accounts} active />;
}

/** A stick whose passphrase was not entered: main's answers before and after a successful unlock. */
function lockedStick() {
  let status: PortablePasswordsStatus = { portable: true, state: 'locked' };
  const locked = () => status.portable && status.state === 'locked';
  const listAccounts = vi.fn<MailboxConnectApi['listAccounts']>(async () => ({
    ok: true,
    value: [locked() ? { ...stored, passwordLocked: true } : stored],
  }));
  const testConnection = vi.fn<MailboxConnectApi['testConnection']>(async () =>
    locked()
      ? { ok: false, error: { code: 'PASSWORDS_LOCKED', message: literal('The stored password is locked.') } }
      : { ok: true, value: { ok: true, stages: [], durationMs: 120 } },
  );
  const unlockPortable = vi.fn<MailboxConnectApi['unlockPortable']>(async ({ passphrase }) => {
    if (passphrase !== 'the right passphrase')
      return {
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: message('portable.wrongPassphrase') },
      };
    status = { portable: true, state: 'unlocked', remembered: false };
    return { ok: true, value: { status } };
  });
  const api = installFakeApi({
    listAccounts,
    testConnection,
    unlockPortable,
    getPortableStatus: async () => ({ ok: true, value: status }),
    getAccount: async () => ({ ok: true, value: stored }),
  });
  return { api, listAccounts, testConnection, unlockPortable };
}

const row = () => screen.getByRole('option', { name: /^Invoices/ });

describe('Connect accounts with a locked stick', () => {
  it('marks the account locked in the list and in the form', async () => {
    lockedStick();
    await renderWithProviders(<Page />, 'Invoices');
    expect(within(row()).getByText('locked')).toBeTruthy();
    fireEvent.click(row());
    const password = await screen.findByLabelText(/^Password/);
    expect(document.getElementById(password.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A password is stored but locked: unlock the passwords on this stick to test with it, or type a new one.',
    );
  });

  it('asks for the passphrase when a test finds the password locked, then tests again', async () => {
    const { testConnection, unlockPortable } = lockedStick();
    await renderWithProviders(<Page />, 'Invoices');
    await screen.findByText('Passwords on this stick are locked.');
    fireEvent.click(row());
    await screen.findByLabelText(/^Password/);
    fireEvent.click(screen.getByRole('button', { name: /^Test connection/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Unlock the passwords on this stick')).toBeTruthy();
    expect(testConnection).toHaveBeenCalledTimes(1);
    expect(testConnection).toHaveBeenLastCalledWith(expect.objectContaining({ accountId: stored.id }));
    // The reason stays on the page, for a user who cancels.
    expect(screen.getByText('The stored password is locked.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Portable passphrase'), {
      target: { value: 'the right passphrase' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    });
    await waitFor(() => expect(testConnection).toHaveBeenCalledTimes(2));
    expect(unlockPortable).toHaveBeenCalledWith({ passphrase: 'the right passphrase', remember: false });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The list was read again: the badge is gone, and the bar says unlocked.
    await waitFor(() => expect(within(row()).queryByText('locked')).toBeNull());
    expect(await screen.findByText('Passwords on this stick are unlocked on this computer.')).toBeTruthy();
    expect(screen.queryByText('The stored password is locked.')).toBeNull();
  });

  it('unlocking from the bar refreshes the list and says so', async () => {
    const { listAccounts } = lockedStick();
    await renderWithProviders(<Page />, 'Invoices');
    const unlock = await screen.findByRole('button', { name: 'Unlock…' });
    unlock.focus();
    fireEvent.click(unlock);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Portable passphrase'), {
      target: { value: 'the right passphrase' },
    });
    const before = listAccounts.mock.calls.length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('The passwords on this stick are unlocked.')).toBeTruthy();
    expect(listAccounts.mock.calls.length).toBeGreaterThan(before);
    expect(within(row()).queryByText('locked')).toBeNull();
    // The Unlock button is gone: focus stays in the bar rather than falling to the page.
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Portable passwords' }));
  });
});

describe('Connect accounts with a remembered key', () => {
  it('forgets the key on this computer and keeps focus in the bar', async () => {
    let status: PortablePasswordsStatus = { portable: true, state: 'unlocked', remembered: true };
    const forgetPortableKey = vi.fn<MailboxConnectApi['forgetPortableKey']>(async () => {
      status = { portable: true, state: 'unlocked', remembered: false };
      return { ok: true, value: { status } };
    });
    installFakeApi({
      listAccounts: async () => ({ ok: true, value: [stored] }),
      getPortableStatus: async () => ({ ok: true, value: status }),
      forgetPortableKey,
    });
    await renderWithProviders(<Page />, 'Invoices');
    const forget = await screen.findByRole('button', { name: 'Forget on this computer' });
    forget.focus();
    fireEvent.click(forget);
    expect(
      await screen.findByText('This computer no longer keeps the key: the next start asks for the passphrase.'),
    ).toBeTruthy();
    expect(forgetPortableKey).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Passwords on this stick are unlocked on this computer.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Forget on this computer' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Portable passwords' }));
  });
});
