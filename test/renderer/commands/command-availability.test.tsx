import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccounts } from '../../../src/renderer/src/hooks/useAccounts';
import { ConnectAccountsPage } from '../../../src/renderer/src/pages/ConnectAccountsPage';
import { accountSettingsSchema, type AccountView } from '../../../src/shared/account';
import type { ConnectionTestReport } from '../../../src/shared/connection-test';
import type { CommandStates } from '../../../src/shared/commands';
import type { IpcReply, MailboxConnectApi } from '../../../src/shared/ipc';
import type { MenuCommand } from '../../../src/shared/menu-commands';
import { progressAtStart, type TestAllResult } from '../../../src/shared/test-all';
import { deferred, installFakeApi } from '../../support/fake-window-api';
import { renderWithProviders } from '../../support/render-with-providers';
import { ribbonButton } from '../../support/ribbon-tabs';

afterEach(cleanup);

const stored: AccountView = {
  ...accountSettingsSchema.parse({
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
  }),
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  hasPassword: true,
  passwordNeedsReentry: false,
};

function Page() {
  return <ConnectAccountsPage accounts={useAccounts()} active />;
}

/** The window's API with one saved account; the menu is played through the onMenuCommand listener. */
function fakeMain(methods: Partial<MailboxConnectApi> = {}) {
  const menu: { send?: (command: MenuCommand) => void } = {};
  const setCommandStates = vi.fn<MailboxConnectApi['setCommandStates']>(async (states) => ({
    ok: true,
    value: states,
  }));
  const api = installFakeApi({
    listAccounts: async () => ({ ok: true, value: [stored] }),
    getAccount: async () => ({ ok: true, value: stored }),
    getPortableStatus: async () => ({ ok: true, value: { portable: false } }),
    getStorageStatus: async () => ({
      ok: true,
      value: { filePath: '/data/accounts.json', writable: true, notices: [] },
    }),
    onMenuCommand: (listener) => {
      menu.send = listener;
      return () => undefined;
    },
    setCommandStates,
    ...methods,
  });
  const lastStates = (): CommandStates | undefined => setCommandStates.mock.lastCall?.[0];
  const playMenu = (command: MenuCommand) => act(() => menu.send?.(command));
  return { api, lastStates, playMenu };
}

/** What a screen reader reads after the button's name: Fluent's Tooltip as its description. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Disabled the way Fluent recommends when a reason is given: still focusable, aria-disabled, reason in the description. */
function expectDisabledBecause(name: string, reason: string) {
  const button = ribbonButton(name);
  expect(button.getAttribute('aria-disabled'), name).toBe('true');
  expect(button.hasAttribute('disabled'), `${name} stays focusable`).toBe(false);
  button.focus();
  expect(document.activeElement).toBe(button);
  expect(descriptionOf(button), name).toContain(`Not available now: ${reason}.`);
}

async function openStoredAccount() {
  await renderWithProviders(<Page />, 'Invoices');
  fireEvent.click(screen.getByRole('option', { name: /^Invoices/ }));
  await screen.findByLabelText(/^Password/);
}

describe('commands while the account is being saved', () => {
  it('disables Save, Delete and Duplicate with the reason, on the ribbon, in the menu and for the keys', async () => {
    const save = deferred<IpcReply<{ account: AccountView }>>();
    const saveAccount = vi.fn<MailboxConnectApi['saveAccount']>(() => save.promise);
    const deleteAccount = vi.fn<MailboxConnectApi['deleteAccount']>();
    const { lastStates, playMenu } = fakeMain({ saveAccount, deleteAccount });
    await openStoredAccount();
    await waitFor(() => expect(lastStates()).toMatchObject({ save: true, delete: true, duplicate: true }));

    fireEvent.click(ribbonButton('Save'));
    await waitFor(() => expect(saveAccount).toHaveBeenCalledTimes(1));
    expectDisabledBecause('Save', 'the account is being saved');
    expectDisabledBecause('Delete', 'the account is being saved');
    expectDisabledBecause('Duplicate', 'the account is being saved');
    // The menu follows: main is told, and a menu Delete that arrives anyway does nothing.
    await waitFor(() => expect(lastStates()).toMatchObject({ save: false, delete: false, duplicate: false }));
    playMenu('delete');
    fireEvent.click(ribbonButton('Delete'));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    playMenu('save');
    expect(saveAccount).toHaveBeenCalledTimes(1);

    await act(async () => save.resolve({ ok: true, value: { account: stored } }));
    await waitFor(() => expect(ribbonButton('Delete').getAttribute('aria-disabled')).toBeNull());
    await waitFor(() => expect(lastStates()).toMatchObject({ save: true, delete: true }));
    playMenu('delete');
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});

describe('commands when the settings file cannot be written (a write-protected stick)', () => {
  it('disables New, Save, Duplicate, Delete and Import with that reason, and none of them runs', async () => {
    const saveAccount = vi.fn<MailboxConnectApi['saveAccount']>();
    const chooseImportFile = vi.fn<MailboxConnectApi['chooseImportFile']>();
    const { lastStates, playMenu } = fakeMain({
      saveAccount,
      chooseImportFile,
      getStorageStatus: async () => ({
        ok: true,
        value: { filePath: '/stick/data/accounts.json', writable: false, notices: [] },
      }),
    });
    await openStoredAccount();
    const reason = 'the settings file cannot be written';
    await waitFor(() => expectDisabledBecause('Save', reason));
    for (const name of ['New e-mail account', 'Duplicate', 'Delete', 'Import']) expectDisabledBecause(name, reason);
    // Reading goes on: a test and an export need no write.
    expect(ribbonButton('Test connection').getAttribute('aria-disabled')).toBeNull();
    expect(ribbonButton('Export').getAttribute('aria-disabled')).toBeNull();
    await waitFor(() =>
      expect(lastStates()).toMatchObject({
        newAccount: false,
        save: false,
        duplicate: false,
        delete: false,
        import: false,
        testConnection: true,
        export: true,
      }),
    );

    fireEvent.click(ribbonButton('Save'));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    for (const command of ['save', 'delete', 'duplicate', 'import', 'newAccount'] as const) playMenu(command);
    fireEvent.click(ribbonButton('Import'));
    expect(saveAccount).not.toHaveBeenCalled();
    expect(chooseImportFile).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    // The form still shows the saved account: New did not replace it.
    expect(screen.getByRole('heading', { name: 'Invoices' })).toBeTruthy();
  });
});

/** The commands that act on the accounts: none may start behind a modal dialog. */
const ACTING = [
  'newAccount',
  'save',
  'duplicate',
  'delete',
  'refresh',
  'testConnection',
  'testAll',
  'detect',
  'export',
  'import',
] as const;

/** A test report whose mailbox lacks the processing folders: it offers "Create missing folders". */
const withoutFolders: ConnectionTestReport = {
  ok: true,
  stages: [],
  durationMs: 40,
  mailbox: {
    folders: ['INBOX'],
    inbox: { messages: 0, unseen: 0 },
    processingFolders: [
      { role: 'inbox', path: 'INBOX', exists: true, selectable: true },
      { role: 'success', path: 'SuccessProcessing', exists: false, selectable: false },
      { role: 'failed', path: 'FailedProcessing', exists: false, selectable: false },
    ],
  },
};

/** Each modal dialog of the window, opened the way a user opens it. */
const DIALOGS: readonly { name: string; open: () => unknown; portableLocked?: true }[] = [
  { name: 'Import', open: () => fireEvent.click(ribbonButton('Import')) },
  { name: 'Export', open: () => fireEvent.click(ribbonButton('Export')) },
  { name: 'Test all', open: () => fireEvent.click(ribbonButton('Test all')) },
  { name: 'delete confirmation', open: () => fireEvent.click(ribbonButton('Delete')) },
  {
    name: 'passphrase',
    open: () =>
      fireEvent.click(
        within(screen.getByRole('region', { name: 'Portable passwords' })).getByRole('button', { name: 'Unlock…' }),
      ),
    portableLocked: true,
  },
  {
    name: 'discard confirmation',
    open: () => {
      fireEvent.change(screen.getByLabelText(/^Connection name/), { target: { value: 'Invoices (new)' } });
      fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    },
  },
  {
    // Not the page's own: the report's question before creating folders.
    name: 'create folders confirmation',
    open: async () => {
      fireEvent.keyDown(window, { key: 't', ctrlKey: true });
      fireEvent.click(await screen.findByRole('button', { name: 'Create missing folders' }));
    },
  },
];

describe('commands behind a modal dialog', () => {
  it.each(DIALOGS)(
    'while the $name dialog is open, neither the keys nor the menu start anything behind it, and the menu follows',
    async ({ open, portableLocked }) => {
      const saveAccount = vi.fn<MailboxConnectApi['saveAccount']>(async () => ({
        ok: true,
        value: { account: stored },
      }));
      const testConnection = vi.fn<MailboxConnectApi['testConnection']>(async () => ({
        ok: true,
        value: withoutFolders,
      }));
      const testAccounts = vi.fn<MailboxConnectApi['testAccounts']>();
      const { lastStates, playMenu } = fakeMain({
        saveAccount,
        testConnection,
        testAccounts,
        ...(portableLocked
          ? { getPortableStatus: async () => ({ ok: true, value: { portable: true, state: 'locked' } }) }
          : {}),
      });
      await openStoredAccount();
      await waitFor(() => expect(lastStates()).toMatchObject({ save: true, import: true, testAll: true }));

      await open();
      const tests = testConnection.mock.calls.length;
      // At once, while the dialog's code may still be loading: Ctrl+S does not save behind it.
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
      const dialog = await screen.findByRole('dialog');
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
      fireEvent.keyDown(window, { key: 't', ctrlKey: true });
      fireEvent.keyDown(window, { key: 'F5' });
      fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
      for (const command of ACTING) playMenu(command);
      expect(saveAccount).not.toHaveBeenCalled();
      expect(testConnection).toHaveBeenCalledTimes(tests);
      expect(testAccounts).not.toHaveBeenCalled();
      // Still the one dialog, and still the account behind it.
      expect(screen.getAllByRole('dialog')).toEqual([dialog]);
      expect(screen.getByRole('heading', { name: /^Invoices/, hidden: true })).toBeTruthy();

      const disabled = Object.fromEntries(ACTING.map((id) => [id, false]));
      await waitFor(() => expect(lastStates()).toMatchObject({ ...disabled, cancelTest: false }));
      // Behind the modal dialog the ribbon is hidden from the accessibility tree; its buttons still say why
      // (those of the tab shown: the dialog may have been opened from All accounts).
      const shown = document.querySelector<HTMLElement>('[role="tabpanel"] [data-command]');
      expect(shown?.getAttribute('aria-disabled')).toBe('true');
      expect(descriptionOf(shown as HTMLElement)).toContain('Not available now: close the open dialog first.');

      // Closed, everything is back: the menu too, and Ctrl+S saves.
      fireEvent.keyDown(dialog, { key: 'Escape' });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(lastStates()).toMatchObject({ save: true, import: true }));
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
      await waitFor(() => expect(saveAccount).toHaveBeenCalledTimes(1));
    },
  );
});

describe('Cancel test in the menu and for Esc', () => {
  it('is enabled only while a test or a Test all run is running, not while the Test all dialog is just open', async () => {
    const run = deferred<IpcReply<TestAllResult>>();
    const testAccounts = vi.fn<MailboxConnectApi['testAccounts']>(() => run.promise);
    const cancelTest = vi.fn<MailboxConnectApi['cancelTest']>(async () => ({ ok: true, value: { cancelled: true } }));
    const { lastStates, playMenu } = fakeMain({ testAccounts, cancelTest });
    await openStoredAccount();
    fireEvent.click(ribbonButton('Test all'));
    const dialog = await screen.findByRole('dialog');
    // Open, nothing runs yet: nothing to cancel.
    await waitFor(() => expect(lastStates()).toMatchObject({ cancelTest: false, testConnection: false }));
    playMenu('cancelTest');
    expect(cancelTest).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: /^Test 1 account/ }));
    await waitFor(() => expect(lastStates()).toMatchObject({ cancelTest: true }));
    playMenu('cancelTest');
    expect(cancelTest).toHaveBeenCalledTimes(1);

    const progress = { ...progressAtStart(1), done: 1, ok: 1, finished: true };
    const outcome = { id: stored.id, name: stored.connectionName, report: { ok: true, stages: [], durationMs: 5 } };
    await act(async () => run.resolve({ ok: true, value: { outcomes: [outcome], progress } }));
    // The run has ended, its results stay on screen: Cancel test is off again, the rest waits for Close.
    expect(await within(dialog).findByRole('button', { name: 'Close' })).toBeTruthy();
    await waitFor(() => expect(lastStates()).toMatchObject({ cancelTest: false, testConnection: false, save: false }));
    playMenu('cancelTest');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(cancelTest).toHaveBeenCalledTimes(1);
  });
});
