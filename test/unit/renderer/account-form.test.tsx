import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountForm } from '../../../src/renderer/src/components/AccountForm';
import { emptyForm, type AccountFormState } from '../../../src/renderer/src/form-state';

function Harness({ initial }: { initial: AccountFormState }) {
  const [form, setForm] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <AccountForm form={form} errors={{}} hasStoredPassword={false} passwordNeedsReentry={false} onChange={setForm} />
    </FluentProvider>
  );
}

afterEach(cleanup);

describe('AccountForm', () => {
  it('shows every field of the IMAP account', () => {
    render(<Harness initial={emptyForm()} />);
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
      expect(screen.getByLabelText(label, { exact: false })).toBeTruthy();
    }
  });

  it('moves the default port with the encryption option and asks for an acknowledgement when unencrypted', () => {
    render(<Harness initial={emptyForm()} />);
    const port = screen.getByLabelText('Port', { exact: false }) as HTMLInputElement;
    expect(port.value).toBe('993');
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'starttls' } });
    expect(port.value).toBe('143');
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'none' } });
    expect(screen.getByText('I understand that the password and mail travel unencrypted.')).toBeTruthy();
    expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });

  it('keeps a port the user chose when the option changes, and warns about a mismatch', () => {
    render(<Harness initial={{ ...emptyForm(), port: '1993' }} />);
    fireEvent.change(screen.getByLabelText('Encryption', { exact: false }), { target: { value: 'starttls' } });
    expect((screen.getByLabelText('Port', { exact: false }) as HTMLInputElement).value).toBe('1993');
    fireEvent.change(screen.getByLabelText('Port', { exact: false }), { target: { value: '993' } });
    expect(screen.getByText(/Port 993 expects TLS from the first byte/)).toBeTruthy();
  });
});
