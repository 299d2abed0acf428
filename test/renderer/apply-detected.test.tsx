import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyForm } from '../../src/renderer/src/form-state';
import { useAccountEditor } from '../../src/renderer/src/hooks/useAccountEditor';
import type { AccountsState } from '../../src/renderer/src/hooks/useAccounts';
import { literal } from '../../src/shared/i18n/message';

vi.mock('../../src/renderer/src/api', () => ({ getApi: () => ({}) }));

const accounts: AccountsState = { accounts: [], loading: false, reload: async () => undefined };

function editorWith(server: string) {
  const { result } = renderHook(() => useAccountEditor(accounts));
  act(() => result.current.open({ ...emptyForm(), server, userName: 'CONTOSO\\invoices' }));
  return result;
}

describe('"Use" on what Detect settings found', () => {
  it("a Microsoft 365 offer switches the method and takes the cloud's hosts", () => {
    const editor = editorWith('outlook.office365.com');
    act(() =>
      editor.current.applyDetected({
        method: 'imap-oauth',
        server: 'outlook.office365.us',
        authorityHost: 'login.microsoftonline.us',
        encryption: 'tls',
        port: 993,
        reason: literal('Microsoft 365'),
      }),
    );
    expect(editor.current.form).toMatchObject({
      method: 'imap-oauth',
      server: 'outlook.office365.us',
      authorityHost: 'login.microsoftonline.us',
      encryption: 'tls',
      port: '993',
    });
  });

  it('a proposal for an on-premises server changes encryption and port only', () => {
    const editor = editorWith('mail.contoso.local');
    act(() => editor.current.applyDetected({ encryption: 'starttls', port: 143, reason: literal('STARTTLS') }));
    expect(editor.current.form).toMatchObject({
      method: 'imap',
      server: 'mail.contoso.local',
      userName: 'CONTOSO\\invoices',
      encryption: 'starttls',
      port: '143',
    });
  });
});
