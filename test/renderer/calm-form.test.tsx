import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountForm } from '../../src/renderer/src/components/AccountForm';
import { emptyForm, type AccountFormState } from '../../src/renderer/src/form-state';
import type { FieldErrors } from '../../src/shared/account';
import { message } from '../../src/shared/i18n/message';
import { renderWithProviders } from '../support/render-with-providers';

vi.mock('../../src/renderer/src/api', () => ({
  getApi: () => ({ setLocale: async (locale: string) => ({ ok: true, value: { locale } }) }),
}));

/** The form with a page around it: errors and the Save focus request can change as on the page. */
function Harness({
  initial,
  errorsAfterSave = {},
  serverFolders,
}: {
  initial: AccountFormState;
  errorsAfterSave?: FieldErrors;
  serverFolders?: string[];
}) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setErrors(errorsAfterSave);
          setFocusRequest((n) => n + 1);
        }}
      >
        Save
      </button>
      <button type="button" onClick={() => setForm({ ...emptyForm(), id: 'other-account' })}>
        Open another account
      </button>
      <output data-testid="state">{JSON.stringify(form)}</output>
      <AccountForm
        form={form}
        errors={errors}
        hasStoredPassword={false}
        passwordNeedsReentry={false}
        onChange={setForm}
        focusRequest={focusRequest}
        {...(serverFolders ? { serverFolders } : {})}
      />
    </>
  );
}

const state = (): AccountFormState => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as AccountFormState;
const advanced = () => screen.getByRole('button', { name: 'Advanced' });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the calmer account form', () => {
  it('shows the seed fields first and keeps the rest in a closed Advanced section until opened', async () => {
    await renderWithProviders(<Harness initial={emptyForm()} />, 'Connection');
    const labels = [...document.querySelectorAll('form label')].map((label) =>
      label.textContent?.replace(/\s*\*$/, ''),
    );
    expect(labels).toEqual([
      'Connection method',
      'Server',
      'Port',
      'Encryption',
      'Validate SSL',
      'Connection name',
      'E-mail address',
      'User name',
      'Password',
    ]);
    expect(advanced().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(advanced());
    expect(advanced().getAttribute('aria-expanded')).toBe('true');
    for (const label of [
      'Trusted certificate',
      'CA certificate',
      'Folder for processed mail',
      'Shared mailbox alias',
    ]) {
      expect(screen.getAllByText(new RegExp(`^${label}`)).length).toBeGreaterThan(0);
    }
  });

  it('opens Advanced by itself when it holds a value, and keeps it open after the value is cleared', async () => {
    await renderWithProviders(<Harness initial={{ ...emptyForm(), sharedMailboxAlias: 'invoices' }} />, 'Connection');
    expect(advanced().getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(screen.getByLabelText(/^Shared mailbox alias/), { target: { value: '' } });
    expect(advanced().getAttribute('aria-expanded')).toBe('true');
  });

  it('starts each opened account from its own values: Advanced opened for one is closed for the next', async () => {
    await renderWithProviders(
      <Harness initial={{ ...emptyForm(), id: 'pinned', trustedFingerprint: 'AB:CD' }} />,
      'Connection',
    );
    expect(advanced().getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Open another account' }));
    expect(advanced().getAttribute('aria-expanded')).toBe('false');
  });

  it('on Save moves the focus to the first invalid field in form order', async () => {
    await renderWithProviders(
      <Harness
        initial={emptyForm()}
        errorsAfterSave={{
          successFolder: message('validation.folder.empty'),
          emailAddress: message('validation.emailAddress.invalid'),
        }}
      />,
      'Connection',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^E-mail address/)));
  });

  it('on Save opens Advanced again when the first invalid field is in it, and focuses that field', async () => {
    await renderWithProviders(
      <Harness
        initial={{ ...emptyForm(), successFolder: 'Done' }}
        errorsAfterSave={{ failedFolder: message('validation.folder.same') }}
      />,
      'Connection',
    );
    // The user closed the section the value had opened.
    fireEvent.click(advanced());
    expect(advanced().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Folder for mail that failed/)));
    expect(advanced().getAttribute('aria-expanded')).toBe('true');
  });

  it('drops a field hint while the field shows an error', async () => {
    await renderWithProviders(
      <Harness initial={emptyForm()} errorsAfterSave={{ server: message('validation.server.empty') }} />,
      'Connection',
    );
    expect(screen.getByText('Host name, IPv4 or IPv6 address, e.g. mail.example.local')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter the server: a host name, an IPv4 or an IPv6 address.')).toBeTruthy();
    expect(screen.queryByText('Host name, IPv4 or IPv6 address, e.g. mail.example.local')).toBeNull();
  });

  it('fills server, port and encryption from a pasted imaps:// address', async () => {
    await renderWithProviders(
      <Harness initial={{ ...emptyForm(), encryption: 'starttls', port: '143' }} />,
      'Connection',
    );
    fireEvent.paste(screen.getByLabelText(/^Server/), {
      clipboardData: { getData: () => 'imaps://mail.contoso.local:993' },
    });
    expect(state()).toMatchObject({ server: 'mail.contoso.local', port: '993', encryption: 'ssl' });
    expect((screen.getByLabelText(/^Server/) as HTMLInputElement).value).toBe('mail.contoso.local');
    expect((screen.getByLabelText(/^Encryption/) as HTMLSelectElement).value).toBe('ssl');
  });

  it('leaves a paste it cannot read to the Server field and its check', async () => {
    await renderWithProviders(<Harness initial={emptyForm()} />, 'Connection');
    const pasted = fireEvent.paste(screen.getByLabelText(/^Server/), {
      clipboardData: { getData: () => 'https://mail.contoso.local/owa' },
    });
    // Not prevented: the browser inserts the text as typed.
    expect(pasted).toBe(true);
    expect(state()).toMatchObject({ server: '', port: '993', encryption: 'ssl' });
  });

  it('offers the folders of the last test in the processing-folder fields, free text still allowed', async () => {
    await renderWithProviders(
      <Harness initial={emptyForm()} serverFolders={['INBOX', 'INBOX/Erledigt', 'INBOX/Prüfung', 'Archiv']} />,
      'Connection',
    );
    fireEvent.click(advanced());
    const success = screen.getByRole('combobox', { name: /^Folder for processed mail/ });
    fireEvent.change(success, { target: { value: 'INBOX/' } });
    fireEvent.keyDown(success, { key: 'ArrowDown' });
    const offered = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(offered.map((option) => option.textContent)).toEqual(['INBOX/Erledigt', 'INBOX/Prüfung']);
    fireEvent.click(screen.getByRole('option', { name: 'INBOX/Prüfung' }));
    expect(state().successFolder).toBe('INBOX/Prüfung');
    const failed = screen.getByRole('combobox', { name: /^Folder for mail that failed/ });
    fireEvent.change(failed, { target: { value: 'Nicht gelistet' } });
    expect(state().failedFolder).toBe('Nicht gelistet');
  });
});
