import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountForm } from '../../src/renderer/src/components/AccountForm';
import { emptyForm, settingsOf, type AccountFormState } from '../../src/renderer/src/form-state';
import { useI18n } from '../../src/renderer/src/i18n';
import type { FieldErrors } from '../../src/shared/account';
import { message } from '../../src/shared/i18n/message';
import { renderWithProviders } from '../support/render-with-providers';

vi.mock('../../src/renderer/src/api', () => ({
  getApi: () => ({ setLocale: async (locale: string) => ({ ok: true, value: { locale } }) }),
}));

function Harness({
  initial,
  errors = {},
  onLeaveField,
}: {
  initial: AccountFormState;
  errors?: FieldErrors;
  onLeaveField?: (field: string) => void;
}) {
  const [form, setForm] = useState(initial);
  const { setLocale } = useI18n();
  return (
    <>
      <button type="button" onClick={() => setLocale('de')}>
        Deutsch
      </button>
      <AccountForm
        form={form}
        errors={errors}
        hasStoredPassword={false}
        passwordNeedsReentry={false}
        onChange={setForm}
        {...(onLeaveField ? { onLeaveField } : {})}
      />
    </>
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('AccountForm', () => {
  it('shows every field of the IMAP account', async () => {
    await renderWithProviders(<Harness initial={emptyForm()} />, 'Connection');
    for (const label of [
      'Connection method',
      'Server',
      'Port',
      'Encryption',
      'Validate SSL',
      'Connection name',
      'E-mail address',
      'User name',
      'Password',
    ]) {
      // Required fields carry a " *" after the label, so the label is matched at its start.
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeTruthy();
    }
  });

  it('offers the connection method as a choice, IMAP chosen (the seed: "Select IMAP under Connection method")', async () => {
    await renderWithProviders(<Harness initial={emptyForm()} />, 'Connection');
    const method = screen.getByRole('combobox', { name: 'Connection method' }) as HTMLSelectElement;
    expect([...method.options].map((option) => [option.value, option.textContent])).toEqual([
      ['imap', 'IMAP'],
      ['imap-oauth', 'IMAP with OAuth 2.0 (Microsoft 365)'],
      ['graph', 'Microsoft Graph (Microsoft 365)'],
    ]);
    expect(method.value).toBe('imap');
    expect(settingsOf(emptyForm()).method).toBe('imap');
  });

  it('moves the default port with the encryption option and asks for an acknowledgement when unencrypted', async () => {
    await renderWithProviders(<Harness initial={emptyForm()} />, 'Connection');
    const port = screen.getByLabelText('Port', { exact: false }) as HTMLInputElement;
    expect(port.value).toBe('993');
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'starttls' } });
    expect(port.value).toBe('143');
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'none' } });
    expect(screen.getByText('I understand that the password and mail travel unencrypted.')).toBeTruthy();
    expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });

  it('keeps a port the user chose when the option changes, and warns about a mismatch', async () => {
    await renderWithProviders(<Harness initial={{ ...emptyForm(), port: '1993' }} />, 'Connection');
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'starttls' } });
    expect((screen.getByLabelText('Port', { exact: false }) as HTMLInputElement).value).toBe('1993');
    fireEvent.change(screen.getByLabelText('Port', { exact: false }), { target: { value: '993' } });
    expect(screen.getByText(/Port 993 expects TLS from the first byte/)).toBeTruthy();
  });

  it('shows and hides the password on request, keeping what was typed', async () => {
    await renderWithProviders(<Harness initial={{ ...emptyForm(), password: 'p@ss word' }} />, 'Connection');
    const password = screen.getByLabelText(/^Password/) as HTMLInputElement;
    expect(password.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password.type).toBe('text');
    expect(password.value).toBe('p@ss word');
    fireEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password.type).toBe('password');
  });

  it('reports each field as the user leaves it', async () => {
    const left: string[] = [];
    await renderWithProviders(
      <Harness initial={emptyForm()} onLeaveField={(field) => left.push(field)} />,
      'Connection',
    );
    fireEvent.blur(screen.getByLabelText(/^Server/));
    fireEvent.blur(screen.getByLabelText(/^Connection name/));
    expect(left).toEqual(['server', 'connectionName']);
  });

  it('shows the errors and warnings it was given as messages in the language chosen now', async () => {
    window.localStorage.setItem('mailbox-connect.locale', 'en');
    const errors: FieldErrors = { server: message('validation.server.empty') };
    await renderWithProviders(
      <Harness initial={{ ...emptyForm(), encryption: 'starttls', port: '993' }} errors={errors} />,
      'Connection',
    );
    expect(screen.getByText('Enter the server: a host name, an IPv4 or an IPv6 address.')).toBeTruthy();
    expect(screen.getByText(/Port 993 expects TLS from the first byte/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    expect(
      await screen.findByText('Geben Sie den Server ein: einen Hostnamen, eine IPv4- oder eine IPv6-Adresse.'),
    ).toBeTruthy();
    expect(screen.getByText(/Port 993 erwartet TLS ab dem ersten Byte/)).toBeTruthy();
    expect(screen.queryByText(/Enter the server/)).toBeNull();
  });
});
