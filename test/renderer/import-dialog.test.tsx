import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../src/renderer/src/components/ImportDialog';
import { message } from '../../src/shared/i18n/message';
import type { ImportPlan } from '../../src/shared/transfer';
import { renderWithProviders } from '../support/render-with-providers';

const PIN = `${'AB:'.repeat(31)}AB`;
/** A plan as main computes it for a replace that moves an account to another server. */
const plan: ImportPlan = {
  exportedAt: '2026-11-26T09:00:00.000Z',
  entries: [
    {
      connectionName: 'Invoices',
      action: 'replace',
      reason: message('import.reason.replaces'),
      review: ['trustedFingerprint'],
      withPassword: false,
      storedPasswordWithheld: true,
      differences: [
        { field: 'server', from: 'mail.contoso.local', to: 'mail.fabrikam.local' },
        { field: 'validateSsl', from: true, to: false },
        { field: 'trustedFingerprint', from: null, to: PIN },
      ],
    },
    {
      connectionName: 'Credit memos',
      action: 'add',
      reason: message('import.reason.new'),
      review: [],
      withPassword: false,
      storedPasswordWithheld: false,
      differences: [],
    },
  ],
};

const previewImport = vi.fn(async () => ({ ok: true, value: plan }));
// Main's open dialog chose a file: the window gets its name and a token, never its content.
const chooseImportFile = vi.fn(async () => ({ ok: true, value: { file: 'token-1', name: 'export.json', bytes: 2 } }));
vi.mock('../../src/renderer/src/api', () => ({
  getApi: () => ({
    setLocale: async (locale: string) => ({ ok: true, value: { locale } }),
    previewImport,
    chooseImportFile,
  }),
}));

afterEach(cleanup);

describe('ImportDialog', () => {
  it('shows each setting a replace changes, old → new, the withheld password and the trust flag', async () => {
    await renderWithProviders(<ImportDialog onClose={() => undefined} />, 'Import accounts');
    fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }));
    const list = await screen.findByRole('list', { name: 'What the import does' });
    expect(within(list).getByText('Server: mail.contoso.local → mail.fabrikam.local')).toBeTruthy();
    expect(within(list).getByText('Validate SSL: on → off')).toBeTruthy();
    expect(within(list).getByText(`Pinned certificate: (none) → ${PIN}`)).toBeTruthy();
    expect(
      within(list).getByText(
        'The stored password was entered for the old settings and will not be used for the new ones: enter it again.',
      ),
    ).toBeTruthy();
    expect(within(list).getByText('Pinned certificate')).toBeTruthy();
    // The added account has nothing to compare: no change lines under it.
    expect(within(list).getAllByText(/→/)).toHaveLength(3);
    // The safe choice is the default: accounts here are kept unless the user picks Replace.
    expect(previewImport).toHaveBeenLastCalledWith(expect.objectContaining({ file: 'token-1', existing: 'keep' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Replace accounts of the same name' }));
    await waitFor(() =>
      expect(previewImport).toHaveBeenLastCalledWith(expect.objectContaining({ file: 'token-1', existing: 'replace' })),
    );
  });
});
