import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestAllDialog } from '../../src/renderer/src/components/TestAllDialog';
import { accountSettingsSchema, type AccountView } from '../../src/shared/account';
import type { AppEvent } from '../../src/shared/app-events';
import type { IpcReply, MailboxConnectApi } from '../../src/shared/ipc';
import { literal } from '../../src/shared/i18n/message';
import { progressAtStart, SKIPPED_CANCELLED, type TestAllOutcome, type TestAllResult } from '../../src/shared/test-all';
import { deferred, installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(cleanup);

function account(index: number, name: string): AccountView {
  return {
    ...accountSettingsSchema.parse({
      server: 'mail.contoso.local',
      port: 993,
      encryption: 'ssl',
      validateSsl: true,
      connectionName: name,
      emailAddress: `scan${index}@contoso.local`,
      userName: `scan${index}`,
      insecureAcknowledged: false,
    }),
    id: `a1b2c3d4-0000-4000-8000-00000000000${index}`,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    hasPassword: true,
    passwordNeedsReentry: false,
  };
}

const accounts = [account(1, 'Invoices'), account(2, 'Credit memos'), account(3, 'Branch office')];
const [invoices, memos, branch] = accounts as [AccountView, AccountView, AccountView];
const succeeded = (view: AccountView, ms: number): TestAllOutcome => ({
  id: view.id,
  name: view.connectionName,
  report: { ok: true, stages: [], durationMs: ms },
});
const failed = (view: AccountView): TestAllOutcome => ({
  id: view.id,
  name: view.connectionName,
  report: {
    ok: false,
    stages: [],
    durationMs: 80,
    error: {
      code: 'AUTH_FAILED',
      message: literal('The server refused the user name or password.'),
      hint: literal(''),
    },
  },
});

/** main as the dialog meets it: testAccounts answers when the test says, events arrive when the test pushes them. */
function mainProcess() {
  const listeners = new Set<(event: AppEvent) => void>();
  const answer = deferred<IpcReply<TestAllResult>>();
  const testAccounts = vi.fn<MailboxConnectApi['testAccounts']>(() => answer.promise);
  installFakeApi({
    testAccounts,
    onAppEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  // Every method the window reaches for, so the test sees what it asked main for (and what it did not).
  const used: string[] = [];
  const recording = new Proxy(window.api, {
    get: (target, name: string) => {
      used.push(name);
      return target[name as keyof MailboxConnectApi];
    },
  });
  Object.defineProperty(window, 'api', { value: recording, configurable: true, writable: true });
  // The dialog subscribes in an effect, which may run a moment after its text is on screen.
  const push = async (event: AppEvent) => {
    await waitFor(() => expect(listeners.size).toBe(1));
    act(() => listeners.forEach((listener) => listener(event)));
  };
  return { listeners, answer, testAccounts, used, push };
}

const rowOf = (name: string) =>
  within(screen.getByRole('list', { name: 'Results' }))
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(name));

describe('Test all dialog, fed by the events main pushes', () => {
  it('is no longer running when the call fails instead of answering (the window going away)', async () => {
    let fail!: (error: Error) => void;
    const testAccounts = vi.fn<MailboxConnectApi['testAccounts']>(
      () => new Promise((_resolve, reject) => (fail = reject)),
    );
    installFakeApi({ testAccounts, onAppEvent: () => () => undefined });
    const onRunningChange = vi.fn();
    await renderWithProviders(
      <TestAllDialog
        accounts={accounts}
        onResultsSaved={() => undefined}
        onClose={() => undefined}
        onRunningChange={onRunningChange}
      />,
      'Test all accounts',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Test 3 accounts' }));
    expect(onRunningChange).toHaveBeenLastCalledWith(true);
    await act(async () => fail(new Error('Render frame was disposed before WebFrameMain could be accessed')));
    // Cancel test (menu, Esc) follows onRunningChange: it must not stay on for a run that is gone.
    expect(onRunningChange).toHaveBeenLastCalledWith(false);
    expect(
      screen.getByText(
        'Test all ended without an answer from the app: Render frame was disposed before WebFrameMain could be accessed',
      ),
    ).toBeTruthy();
  });

  it('shows progress and each account’s row as its result arrives, without asking main, and reloads once at the end', async () => {
    const main = mainProcess();
    const onResultsSaved = vi.fn();
    await renderWithProviders(
      <TestAllDialog accounts={accounts} onResultsSaved={onResultsSaved} onClose={() => undefined} />,
      'Test all accounts',
    );
    await waitFor(() => expect(main.listeners.size).toBe(1));
    // An event before Start belongs to no run of this dialog.
    await main.push({ type: 'testAllProgress', progress: { ...progressAtStart(9), done: 1 } });
    expect(screen.queryByText('1 of 9 tested')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Test 3 accounts' }));
    expect(main.testAccounts).toHaveBeenCalledWith({ concurrency: 4 });
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();

    await main.push({ type: 'testAllProgress', progress: { ...progressAtStart(3), running: 2 } });
    expect(screen.getByText('0 of 3 tested')).toBeTruthy();
    expect(screen.getByText('0 succeeded, 0 failed, 2 running')).toBeTruthy();

    await main.push({ type: 'testAllOutcome', outcome: succeeded(memos, 42) });
    await main.push({ type: 'testAllProgress', progress: { ...progressAtStart(3), done: 1, ok: 1, running: 2 } });
    expect(screen.getByText('1 of 3 tested')).toBeTruthy();
    expect(rowOf('Credit memos')?.textContent).toContain('Succeeded in 42 ms');
    expect(rowOf('Invoices')).toBeUndefined();

    await main.push({ type: 'testAllOutcome', outcome: failed(branch) });
    await main.push({
      type: 'testAllProgress',
      progress: {
        ...progressAtStart(3),
        done: 2,
        ok: 1,
        failed: 1,
        running: 1,
        serverLimits: { 'mail.contoso.local': 1 },
      },
    });
    expect(screen.getByText('2 of 3 tested')).toBeTruthy();
    // Words first, the code only on its own secondary line.
    expect(rowOf('Branch office')?.textContent).toContain(
      'The user name or password was rejected: The server refused the user name or password.',
    );
    expect(rowOf('Branch office')?.textContent).not.toContain('AUTH_FAILED:');
    expect(rowOf('Branch office')?.textContent).toContain('Error code: AUTH_FAILED');
    expect(rowOf('Credit memos')?.textContent).toContain('Succeeded in 42 ms');
    expect(screen.getByText('mail.contoso.local accepted only 1 connection at once.')).toBeTruthy();
    // Still running: Cancel, and the list behind the dialog was not reloaded per result.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(onResultsSaved).not.toHaveBeenCalled();

    const last = succeeded(invoices, 17);
    await main.push({ type: 'testAllOutcome', outcome: last });
    const progress = { ...progressAtStart(3), done: 3, ok: 2, failed: 1, finished: true };
    await main.push({ type: 'testAllProgress', progress });
    await act(async () => {
      main.answer.resolve({
        ok: true,
        value: { outcomes: [last, succeeded(memos, 42), failed(branch)], progress },
      });
    });
    expect(screen.getByText('3 of 3 tested')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    // The rows stay in the order they finished.
    const names = within(screen.getByRole('list', { name: 'Results' }))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('span > span')?.textContent);
    expect(names).toEqual(['Credit memos', 'Branch office', 'Invoices']);
    expect(onResultsSaved).toHaveBeenCalledTimes(1);

    // Main was asked for one thing, the run; everything else came pushed.
    expect(main.used.filter((name) => name !== 'setLocale')).toEqual(['onAppEvent', 'testAccounts']);

    // Closed, the dialog listens no more.
    cleanup();
    expect(main.listeners.size).toBe(0);
  });

  it('ignores events after its run has answered', async () => {
    const main = mainProcess();
    await renderWithProviders(
      <TestAllDialog accounts={accounts} onResultsSaved={() => undefined} onClose={() => undefined} />,
      'Test all accounts',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Test 3 accounts' }));
    const progress = { ...progressAtStart(3), done: 3, ok: 3, finished: true };
    await act(async () => {
      main.answer.resolve({
        ok: true,
        value: { outcomes: [succeeded(invoices, 1), succeeded(memos, 2), succeeded(branch, 3)], progress },
      });
    });
    await main.push({
      type: 'testAllOutcome',
      outcome: { id: 'someone-else', name: 'Stranger', skipped: SKIPPED_CANCELLED },
    });
    expect(screen.getByText('3 of 3 tested')).toBeTruthy();
    expect(rowOf('Stranger')).toBeUndefined();
    expect(within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem')).toHaveLength(3);
  });
});
