import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountForm } from '../../../src/renderer/src/components/AccountForm';
import { emptyForm, type AccountFormState } from '../../../src/renderer/src/form-state';

function Harness({ initial, onLeaveField }: { initial: AccountFormState; onLeaveField?: (field: string) => void }) {
  const [form, setForm] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <AccountForm
        form={form}
        errors={{}}
        hasStoredPassword={false}
        passwordNeedsReentry={false}
        onChange={setForm}
        {...(onLeaveField ? { onLeaveField } : {})}
      />
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
      // Required fields carry a " *" after the label, so the label is matched at its start.
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeTruthy();
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

  it('shows and hides the password on request, keeping what was typed', () => {
    render(<Harness initial={{ ...emptyForm(), password: 'p@ss word' }} />);
    const password = screen.getByLabelText(/^Password/) as HTMLInputElement;
    expect(password.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password.type).toBe('text');
    expect(password.value).toBe('p@ss word');
    fireEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password.type).toBe('password');
  });

  it('reports each field as the user leaves it', () => {
    const left: string[] = [];
    render(<Harness initial={emptyForm()} onLeaveField={(field) => left.push(field)} />);
    fireEvent.blur(screen.getByLabelText(/^Server/));
    fireEvent.blur(screen.getByLabelText(/^Connection name/));
    expect(left).toEqual(['server', 'connectionName']);
  });
});
