import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassphraseDialog } from '../../src/renderer/src/components/PassphraseDialog';
import { PortablePasswordsBar } from '../../src/renderer/src/components/PortablePasswordsBar';
import { literal, message } from '../../src/shared/i18n/message';
import type { MailboxConnectApi } from '../../src/shared/ipc';
import type { PortablePasswordsChange, PortablePasswordsStatus } from '../../src/shared/portable';
import { deferred, installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(cleanup);

const unlocked: PortablePasswordsChange = { status: { portable: true, state: 'unlocked', remembered: false } };

/** What a screen reader reads after a field's label: its hint and its error, as Fluent's Field links them. */
function descriptionOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function passwordField(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

function type(label: string, value: string) {
  fireEvent.change(passwordField(label), { target: { value } });
}

describe('PortablePasswordsBar', () => {
  const renderBar = (status: PortablePasswordsStatus | undefined) => {
    const onPassphrase = vi.fn();
    const onForget = vi.fn();
    installFakeApi({});
    return {
      onPassphrase,
      onForget,
      shown: renderWithProviders(
        <>
          <p>page</p>
          <PortablePasswordsBar status={status} onPassphrase={onPassphrase} onForget={onForget} />
        </>,
        'page',
      ),
    };
  };

  it('asks for a passphrase on a stick that has none', async () => {
    const { onPassphrase, shown } = renderBar({ portable: true, state: 'not-set' });
    await shown;
    const bar = screen.getByRole('region', { name: 'Portable passwords' });
    expect(
      within(bar).getByText('Passwords on this stick need a portable passphrase before they can be saved.'),
    ).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Set passphrase…' }));
    expect(onPassphrase).toHaveBeenCalledWith('set');
  });

  it('offers to unlock a locked stick', async () => {
    const { onPassphrase, shown } = renderBar({ portable: true, state: 'locked' });
    await shown;
    const bar = screen.getByRole('region', { name: 'Portable passwords' });
    expect(within(bar).getByText('Passwords on this stick are locked.')).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Unlock…' }));
    expect(onPassphrase).toHaveBeenCalledWith('unlock');
  });

  it('says quietly that it is unlocked, with Change and, only when remembered, Forget', async () => {
    const { onPassphrase, shown } = renderBar({ portable: true, state: 'unlocked', remembered: false });
    await shown;
    const bar = screen.getByRole('region', { name: 'Portable passwords' });
    expect(within(bar).getByText('Passwords on this stick are unlocked on this computer.')).toBeTruthy();
    expect(within(bar).queryByRole('button', { name: 'Forget on this computer' })).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Change passphrase…' }));
    expect(onPassphrase).toHaveBeenCalledWith('change');
    cleanup();

    const remembered = renderBar({ portable: true, state: 'unlocked', remembered: true });
    await remembered.shown;
    const again = screen.getByRole('region', { name: 'Portable passwords' });
    expect(
      within(again).getByText('Passwords on this stick are unlocked on this computer and remembered here.'),
    ).toBeTruthy();
    fireEvent.click(within(again).getByRole('button', { name: 'Forget on this computer' }));
    expect(remembered.onForget).toHaveBeenCalledTimes(1);
  });

  it('shows a damaged key file as an error, with main’s words and nothing to click', async () => {
    const problem = 'The key file E:\\data\\portable-key.json cannot be used: it is damaged (not JSON).';
    const { shown } = renderBar({ portable: true, state: 'damaged', problem: literal(problem) });
    await shown;
    const bar = screen.getByRole('region', { name: 'Portable passwords' });
    expect(within(bar).getByText('Passwords on this stick cannot be unlocked')).toBeTruthy();
    expect(within(bar).getByText(problem)).toBeTruthy();
    expect(within(bar).queryByRole('button')).toBeNull();
  });

  it('is absent in the installed app and before main answered', async () => {
    await renderBar({ portable: false }).shown;
    expect(screen.queryByRole('region', { name: 'Portable passwords' })).toBeNull();
    cleanup();
    await renderBar(undefined).shown;
    expect(screen.queryByRole('region', { name: 'Portable passwords' })).toBeNull();
  });
});

describe('PassphraseDialog', () => {
  /** An "Unlock…" button that opens the dialog, as the bar does, so focus has somewhere to return to. */
  function Opener({
    mode,
    onClose,
  }: {
    mode: 'set' | 'unlock' | 'change';
    onClose: (c?: PortablePasswordsChange) => void;
  }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        {open ? (
          <PassphraseDialog
            mode={mode}
            onClose={(change) => {
              setOpen(false);
              onClose(change);
            }}
          />
        ) : null}
      </>
    );
  }

  const open = async (mode: 'set' | 'unlock' | 'change', methods: Partial<MailboxConnectApi>) => {
    installFakeApi(methods);
    const onClose = vi.fn<(change?: PortablePasswordsChange) => void>();
    await renderWithProviders(<Opener mode={mode} onClose={onClose} />, 'Open');
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    return { onClose, opener, dialog };
  };

  it('set: refuses two different passphrases at the repeat field, then sets it with "remember"', async () => {
    const setPortablePassphrase = vi.fn<MailboxConnectApi['setPortablePassphrase']>(async () => ({
      ok: true,
      value: unlocked,
    }));
    const { onClose, dialog } = await open('set', { setPortablePassphrase });
    expect(within(dialog).getByText('Set the portable passphrase')).toBeTruthy();
    expect(document.activeElement).toBe(passwordField('Portable passphrase'));
    type('Portable passphrase', 'correct horse battery');
    type('Repeat the passphrase', 'correct horse battery!');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Set passphrase' }));
    const repeat = passwordField('Repeat the passphrase');
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(repeat)).toContain('The two passphrases differ.');
    expect(document.activeElement).toBe(repeat);
    expect(setPortablePassphrase).not.toHaveBeenCalled();

    type('Repeat the passphrase', 'correct horse battery');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Remember on this computer' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Set passphrase' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(unlocked));
    expect(setPortablePassphrase).toHaveBeenCalledWith({ passphrase: 'correct horse battery', remember: true });
  });

  it('set: a passphrase shorter than main accepts is refused at its field before main is asked', async () => {
    const setPortablePassphrase = vi.fn<MailboxConnectApi['setPortablePassphrase']>();
    const { dialog } = await open('set', { setPortablePassphrase });
    type('Portable passphrase', 'short');
    type('Repeat the passphrase', 'short');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Set passphrase' }));
    expect(descriptionOf(passwordField('Portable passphrase'))).toContain('Use at least 10 characters');
    expect(setPortablePassphrase).not.toHaveBeenCalled();
  });

  it('unlock: a wrong passphrase is shown at its field, with a spinner and disabled buttons meanwhile', async () => {
    const answer = deferred<Awaited<ReturnType<MailboxConnectApi['unlockPortable']>>>();
    const unlockPortable = vi.fn<MailboxConnectApi['unlockPortable']>(() => answer.promise);
    const { onClose, dialog } = await open('unlock', { unlockPortable });
    expect(document.activeElement).toBe(passwordField('Portable passphrase'));
    // Unlock has nothing to repeat.
    expect(within(dialog).queryByLabelText('Repeat the passphrase')).toBeNull();
    type('Portable passphrase', 'not the passphrase');
    // The confirm button submits the form the field is in: Enter in the field does the same.
    const confirm = within(dialog).getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(confirm.type).toBe('submit');
    expect(confirm.form).toBe(passwordField('Portable passphrase').form);
    fireEvent.submit(passwordField('Portable passphrase'));

    expect(await within(dialog).findByText('Checking the passphrase…')).toBeTruthy();
    expect(confirm.disabled).toBe(true);
    expect((within(dialog).getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    // Esc does not walk away from a derivation under way.
    fireEvent.keyDown(passwordField('Portable passphrase'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();

    await act(async () =>
      answer.resolve({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: message('portable.wrongPassphrase') },
      }),
    );
    const field = passwordField('Portable passphrase');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field)).toContain('The passphrase is wrong. Nothing was changed.');
    expect(document.activeElement).toBe(field);
    expect(screen.queryByText('Checking the passphrase…')).toBeNull();
    expect(confirm.disabled).toBe(false);
    expect(unlockPortable).toHaveBeenCalledWith({ passphrase: 'not the passphrase', remember: false });
    expect(onClose).not.toHaveBeenCalled();
    // Typing again clears main's verdict on what was typed before.
    type('Portable passphrase', 'another try');
    expect(passwordField('Portable passphrase').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('unlock: Esc cancels and focus goes back to the button that opened the dialog', async () => {
    const unlockPortable = vi.fn<MailboxConnectApi['unlockPortable']>();
    const { onClose, opener } = await open('unlock', { unlockPortable });
    fireEvent.keyDown(passwordField('Portable passphrase'), { key: 'Escape' });
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(undefined));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(unlockPortable).not.toHaveBeenCalled();
  });

  it('unlock: a failure that is not about the passphrase is shown as an alert in the dialog', async () => {
    const unlockPortable = vi.fn<MailboxConnectApi['unlockPortable']>(async () => ({
      ok: false,
      error: { code: 'INVALID_FILE', message: literal('The key file cannot be used: it is damaged (not JSON).') },
    }));
    const { dialog } = await open('unlock', { unlockPortable });
    type('Portable passphrase', 'whatever it is');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('it is damaged (not JSON)');
    expect(passwordField('Portable passphrase').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('change: checks the repetition of the new passphrase, puts main’s answers at the field they concern', async () => {
    const changePortablePassphrase = vi
      .fn<MailboxConnectApi['changePortablePassphrase']>()
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: message('portable.wrongPassphrase') },
      })
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'VALIDATION', message: message('portable.passphrase.tooLong', { max: 1024 }) },
      })
      .mockResolvedValueOnce({ ok: true, value: { ...unlocked, notice: literal('Changed, but not remembered.') } });
    const { onClose, dialog } = await open('change', { changePortablePassphrase });
    expect(document.activeElement).toBe(passwordField('Current passphrase'));
    // Change has no "remember": it keeps what this computer did.
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    type('Current passphrase', 'the old passphrase');
    type('New passphrase', 'the new passphrase');
    type('Repeat the new passphrase', 'the new passphrase?');
    const confirm = within(dialog).getByRole('button', { name: 'Change passphrase' });
    fireEvent.click(confirm);
    expect(descriptionOf(passwordField('Repeat the new passphrase'))).toContain('The two passphrases differ.');
    expect(changePortablePassphrase).not.toHaveBeenCalled();

    type('Repeat the new passphrase', 'the new passphrase');
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(descriptionOf(passwordField('Current passphrase'))).toContain('The passphrase is wrong.'),
    );
    expect(descriptionOf(passwordField('New passphrase'))).not.toContain('wrong');

    fireEvent.click(confirm);
    await waitFor(() =>
      expect(descriptionOf(passwordField('New passphrase'))).toContain('longer than 1024 characters'),
    );
    expect(descriptionOf(passwordField('Current passphrase'))).not.toContain('longer');

    fireEvent.click(confirm);
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith({ ...unlocked, notice: literal('Changed, but not remembered.') }),
    );
    expect(changePortablePassphrase).toHaveBeenLastCalledWith({
      oldPassphrase: 'the old passphrase',
      newPassphrase: 'the new passphrase',
    });
  });
});
