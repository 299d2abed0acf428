import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountForm, type AccountFormProps } from '../../src/renderer/src/components/AccountForm';
import { emptyForm, secretOf, settingsOf, type AccountFormState } from '../../src/renderer/src/form-state';
import { withMethod } from '../../src/renderer/src/form-method';
import type { FieldErrors } from '../../src/shared/account';
import { message } from '../../src/shared/i18n/message';
import type { ChosenClientCertificate } from '../../src/shared/ipc';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

const CHOSEN: ChosenClientCertificate = {
  file: 'token-1',
  name: 'mailbox-connect.pem',
  thumbprintSha1: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
  subject: 'CN=Mailbox Connect',
  notAfter: '2027-06-30T12:00:00.000Z',
};

/** The form as the page holds it; `seen` gets every state the form hands up. */
function Harness({
  initial,
  seen,
  ...props
}: { initial: AccountFormState; seen?: (form: AccountFormState) => void } & Partial<AccountFormProps>) {
  const [form, setForm] = useState(initial);
  return (
    <AccountForm
      form={form}
      errors={{}}
      hasStoredPassword={false}
      passwordNeedsReentry={false}
      {...props}
      onChange={(next) => {
        seen?.(next);
        setForm(next);
      }}
    />
  );
}

function lastOf(states: AccountFormState[]): AccountFormState {
  const last = states.at(-1);
  if (!last) throw new Error('the form handed up nothing');
  return last;
}

const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the account form for the Microsoft 365 methods', () => {
  it('changes its fields with the method and fills in the global cloud’s IMAP host, 993 and TLS', async () => {
    installFakeApi({});
    const states: AccountFormState[] = [];
    await renderWithProviders(<Harness initial={emptyForm()} seen={(form) => states.push(form)} />, 'Connection');
    choose('Connection method', 'imap-oauth');

    for (const label of ['Microsoft cloud', 'Tenant', 'Application (client) ID', 'Client secret value', 'Mailbox'])
      expect(screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`))).toBeTruthy();
    // The password method's fields are gone: no server in the first section, no user name, no password.
    for (const label of ['Server', 'User name', 'Password'])
      expect(screen.queryByLabelText(new RegExp(`^${label}`))).toBeNull();
    expect(screen.getByRole('radio', { name: 'Client secret' })).toHaveProperty('checked', true);
    expect((screen.getByRole('combobox', { name: /^Microsoft cloud/ }) as HTMLSelectElement).value).toBe('global');

    const settings = settingsOf(lastOf(states));
    expect(settings).toMatchObject({
      method: 'imap-oauth',
      server: 'outlook.office365.com',
      port: '993',
      encryption: 'tls',
      authorityHost: 'login.microsoftonline.com',
      clientCredential: 'secret',
    });
    expect(settings).not.toHaveProperty('sharedMailboxAlias');
  });

  it('moves to Graph’s host on 443 without port or encryption fields, and a cloud change moves every host', async () => {
    installFakeApi({});
    const states: AccountFormState[] = [];
    await renderWithProviders(<Harness initial={emptyForm()} seen={(form) => states.push(form)} />, 'Connection');
    choose('Connection method', 'graph');
    expect(settingsOf(lastOf(states))).toMatchObject({ server: 'graph.microsoft.com', port: '443', encryption: 'tls' });

    choose('Microsoft cloud', 'china');
    expect(settingsOf(lastOf(states))).toMatchObject({
      authorityHost: 'login.chinacloudapi.cn',
      server: 'microsoftgraph.chinacloudapi.cn',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Advanced' }));
    expect((screen.getByLabelText(/^Microsoft Graph host/) as HTMLInputElement).value).toBe(
      'microsoftgraph.chinacloudapi.cn',
    );
    expect(screen.queryByLabelText(/^Port/)).toBeNull();
    expect(screen.queryByLabelText(/^Encryption/)).toBeNull();
    expect(screen.queryByLabelText(/^Shared mailbox alias/)).toBeNull();
  });

  it('keeps what was typed for IMAP when the user switches away and back', async () => {
    installFakeApi({});
    const states: AccountFormState[] = [];
    await renderWithProviders(<Harness initial={emptyForm()} seen={(form) => states.push(form)} />, 'Connection');
    fireEvent.change(screen.getByLabelText(/^Server/), { target: { value: 'mail.contoso.local' } });
    fireEvent.change(screen.getByLabelText(/^Port/), { target: { value: '1993' } });
    fireEvent.change(screen.getByLabelText(/^User name/), { target: { value: 'CONTOSO\\scanner' } });
    choose('Connection method', 'imap-oauth');
    // A DOMAIN\user login is no mailbox address: the mailbox starts empty.
    expect((screen.getByLabelText(/^Mailbox/) as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText(/^Tenant/), { target: { value: 'contoso.onmicrosoft.com' } });
    choose('Connection method', 'imap');
    expect((screen.getByLabelText(/^Server/) as HTMLInputElement).value).toBe('mail.contoso.local');
    expect((screen.getByLabelText(/^Port/) as HTMLInputElement).value).toBe('1993');
    expect((screen.getByLabelText(/^User name/) as HTMLInputElement).value).toBe('CONTOSO\\scanner');
    // And the app registration is still there when coming back, but IMAP does not send it.
    expect(settingsOf(lastOf(states))).not.toHaveProperty('tenant');
    choose('Connection method', 'imap-oauth');
    expect((screen.getByLabelText(/^Tenant/) as HTMLInputElement).value).toBe('contoso.onmicrosoft.com');
    expect(settingsOf(lastOf(states))).toMatchObject({ server: 'outlook.office365.com', port: '993' });
  });

  it('opens Advanced by itself for hosts of no Microsoft cloud, and says so at the cloud', async () => {
    installFakeApi({});
    const initial = { ...withMethod(emptyForm(), 'imap-oauth'), authorityHost: '127.0.0.1:4431', server: '127.0.0.1' };
    await renderWithProviders(<Harness initial={initial} />, 'Connection');
    expect(screen.getByRole('button', { name: 'Advanced' }).getAttribute('aria-expanded')).toBe('true');
    expect((screen.getByLabelText(/^Sign-in host/) as HTMLInputElement).value).toBe('127.0.0.1:4431');
    expect((screen.getByRole('combobox', { name: /^Microsoft cloud/ }) as HTMLSelectElement).value).toBe('custom');
    expect(screen.getByText(/belong to no Microsoft cloud/)).toBeTruthy();
  });

  it('shows each error at its field and moves the focus to the first invalid one on Save', async () => {
    installFakeApi({});
    const errors: FieldErrors = {
      tenant: message('validation.tenant.invalid'),
      clientId: message('validation.clientId.empty'),
      userName: message('validation.mailbox.address'),
    };
    const initial = withMethod(emptyForm(), 'graph');
    await renderWithProviders(<Harness initial={initial} errors={errors} focusRequest={1} />, 'Connection');
    expect(
      screen.getByText('This is neither a tenant ID (a GUID) nor a domain such as contoso.onmicrosoft.com.'),
    ).toBeTruthy();
    expect(screen.getByText('Enter the application (client) ID of the app registration.')).toBeTruthy();
    expect(screen.getByText(/Enter the mailbox as an address/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Tenant/)));
  });

  it('masks the client secret, and says a stored one is kept only for its own kind of credential', async () => {
    installFakeApi({});
    const initial = { ...withMethod({ ...emptyForm(), id: 'a1' }, 'imap-oauth'), tenant: 'contoso.onmicrosoft.com' };
    await renderWithProviders(<Harness initial={initial} hasStoredPassword storedSecretKind="secret" />, 'Connection');
    const secret = screen.getByLabelText(/^Client secret value/) as HTMLInputElement;
    expect(secret.type).toBe('password');
    expect(secret.value).toBe('');
    expect(screen.getByText('A client secret is stored; leave empty to keep it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Certificate' }));
    // A client secret is stored, not a certificate: the certificate field does not claim one.
    expect(screen.getByText('No certificate chosen.')).toBeTruthy();
  });

  it('chooses the certificate through main: shows its thumbprint and sends only the token', async () => {
    const chooseClientCertificate = vi.fn(async () => ({ ok: true as const, value: CHOSEN }));
    installFakeApi({ chooseClientCertificate });
    const states: AccountFormState[] = [];
    const initial = { ...withMethod(emptyForm(), 'imap-oauth'), clientCredential: 'certificate' as const };
    await renderWithProviders(<Harness initial={initial} seen={(form) => states.push(form)} />, 'Connection');
    fireEvent.click(screen.getByRole('button', { name: 'Choose certificate…' }));
    await screen.findByText('Thumbprint (SHA-1): A1B2C3D4E5F60718293A4B5C6D7E8F9012345678');
    expect(screen.getByText('mailbox-connect.pem chosen; it is stored when you save.')).toBeTruthy();
    expect(screen.getByText('Subject: CN=Mailbox Connect')).toBeTruthy();
    expect(secretOf(lastOf(states))).toEqual({ clientCertificateFile: 'token-1' });
    expect(settingsOf(lastOf(states))).not.toHaveProperty('clientCertificate');
  });

  it('shows main’s refusal of a file at the certificate field, as an error a keyboard user lands on', async () => {
    installFakeApi({
      chooseClientCertificate: async () => ({
        ok: false as const,
        error: { code: 'INVALID_FILE' as const, message: message('pfx.notPfx') },
      }),
    });
    const initial = { ...withMethod(emptyForm(), 'graph'), clientCredential: 'certificate' as const };
    await renderWithProviders(<Harness initial={initial} />, 'Connection');
    fireEvent.click(screen.getByRole('button', { name: 'Choose certificate…' }));
    const field = await screen.findByText('The file is neither a PEM certificate nor a PFX (PKCS#12) file.');
    expect(field.closest('[data-invalid]')).not.toBeNull();
  });

  it('asks for the password of a PFX, shows a wrong one at its field, and opens the file with the right one', async () => {
    const PASSWORD = 'Pfx-Passwort-4711!';
    const chooseClientCertificate = vi.fn(async () => ({
      ok: true as const,
      value: { passwordNeeded: true as const, name: 'app.pfx' },
    }));
    const openClientCertificate = vi.fn(async ({ password }: { password: string }) =>
      password === PASSWORD
        ? { ok: true as const, value: { ...CHOSEN, name: 'app.pfx' } }
        : { ok: false as const, error: { code: 'WRONG_PASSPHRASE' as const, message: message('pfx.passwordWrong') } },
    );
    installFakeApi({ chooseClientCertificate, openClientCertificate });
    const states: AccountFormState[] = [];
    const initial = { ...withMethod(emptyForm(), 'graph'), clientCredential: 'certificate' as const };
    await renderWithProviders(<Harness initial={initial} seen={(form) => states.push(form)} />, 'Connection');
    fireEvent.click(screen.getByRole('button', { name: 'Choose certificate…' }));
    const password = await screen.findByLabelText('Password of the PFX file');
    expect(password.getAttribute('type')).toBe('password');
    expect(document.activeElement).toBe(password);
    expect(screen.getByText(/app\.pfx chosen; it is protected by a password/)).toBeTruthy();

    // Nothing typed: said at the field, nothing sent.
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByText('Enter the password of the PFX file.')).closest('[data-invalid]')).not.toBeNull();
    expect(openClientCertificate).not.toHaveBeenCalled();

    fireEvent.change(password, { target: { value: 'wrong password' } });
    fireEvent.keyDown(password, { key: 'Enter' });
    const wrong = await screen.findByText('The password does not open the PFX file.');
    expect(wrong.closest('[data-invalid]')).not.toBeNull();
    // The typed password is not kept in the window after it was sent.
    expect((screen.getByLabelText('Password of the PFX file') as HTMLInputElement).value).toBe('');
    // Not open yet: the form holds no certificate to save.
    expect(states).toEqual([]);

    fireEvent.change(screen.getByLabelText('Password of the PFX file'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText('Thumbprint (SHA-1): A1B2C3D4E5F60718293A4B5C6D7E8F9012345678');
    expect(screen.queryByLabelText('Password of the PFX file')).toBeNull();
    expect(openClientCertificate).toHaveBeenCalledTimes(2);
    expect(openClientCertificate).toHaveBeenLastCalledWith({ password: PASSWORD });
    expect(secretOf(lastOf(states))).toEqual({ clientCertificateFile: 'token-1' });
    // The password never becomes part of the form the page keeps or saves.
    expect(JSON.stringify(states)).not.toContain(PASSWORD);
  });
});
