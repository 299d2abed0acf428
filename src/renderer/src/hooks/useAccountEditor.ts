import { useState } from 'react';
import type { AccountField, AccountView, FieldErrors } from '../../../shared/account';
import type { ConnectionTestReport } from '../../../shared/connection-test';
import { detectedSettingsOf, type DetectionProposal, type DetectionReport } from '../../../shared/detection';
import { message, type Message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import { withMethod } from '../form-method';
import { formFromAccount, secretOf, settingsOf, type AccountFormState } from '../form-state';
import type { AccountsState } from './useAccounts';

/** What the page tells about the last action: kept as a message, so a change of language changes it too. */
export type Announcement = {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: Message;
  /** The accounts a delete removed: the announcement offers to bring them back (main keeps them for the session). */
  undoDelete?: readonly string[];
};

/** What save and test send: the settings, the account they belong to, and a newly typed password. */
function requestOf(form: AccountFormState): {
  id?: string;
  settings: Record<string, unknown>;
  password?: string;
  clientCertificateFile?: string;
} {
  return {
    ...(form.id ? { id: form.id } : {}),
    settings: settingsOf(form),
    ...secretOf(form),
  };
}

function sameForm(a: AccountFormState | undefined, b: AccountFormState | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The account being edited and everything done to it: save, test, trust, duplicate, delete, copy
 * diagnostics; field checks as a field is left; and whether there are unsaved changes.
 */
export function useAccountEditor(accounts: AccountsState) {
  const [form, setForm] = useState<AccountFormState>();
  // What the form held when opened or last saved: the unsaved-changes guard compares against it.
  const [baseline, setBaseline] = useState<AccountFormState>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [announcement, setAnnouncement] = useState<Announcement>();
  const [report, setReport] = useState<ConnectionTestReport>();
  const [testingSince, setTestingSince] = useState<number>();
  const [testedAt, setTestedAt] = useState<Date>();
  const [saving, setSaving] = useState(false);
  // Counts the Saves that found errors: each one moves the focus to the first invalid field.
  const [focusRequest, setFocusRequest] = useState(0);
  const [detection, setDetection] = useState<DetectionReport>();
  const [detecting, setDetecting] = useState(false);
  const selected: AccountView | undefined = accounts.accounts.find((account) => account.id === form?.id);
  const dirty = form !== undefined && !sameForm(form, baseline);

  const open = (next: AccountFormState | undefined) => {
    setForm(next);
    setBaseline(next);
    setErrors({});
    setAnnouncement(undefined);
    setReport(undefined);
    setDetection(undefined);
  };

  const otherNames = () =>
    accounts.accounts.filter((account) => account.id !== form?.id).map((account) => account.connectionName);

  /** The check of one field as the user leaves it; all fields are checked on Save. */
  const validateField = async (field: AccountField) => {
    if (!form || field === 'password') return;
    // The schema (zod) loads with the form, not at start: the first check waits for it once.
    const { validateAccountSettings } = await import('../../../shared/account');
    const result = validateAccountSettings(settingsOf(form), otherNames());
    const problem = result.ok ? undefined : result.fieldErrors[field];
    setErrors((previous) => {
      const { [field]: _old, ...rest } = previous;
      return problem ? { ...rest, [field]: problem } : rest;
    });
  };

  const save = async () => {
    if (!form) return;
    setSaving(true);
    const { id, ...request } = requestOf(form);
    const reply = await getApi().saveAccount({ ...request, ...(id ? { id } : {}) });
    setSaving(false);
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {});
      setAnnouncement({ intent: 'error', text: reply.error.message });
      if (reply.error.fieldErrors && Object.keys(reply.error.fieldErrors).length > 0) setFocusRequest((n) => n + 1);
      return;
    }
    const saved = formFromAccount(reply.value.account);
    setErrors({});
    setForm(saved);
    setBaseline(saved);
    setAnnouncement(
      reply.value.notice
        ? { intent: 'warning', text: reply.value.notice }
        : { intent: 'success', text: message('editor.saved', { name: reply.value.account.connectionName }) },
    );
    await accounts.reload();
  };

  /**
   * Tests the form's settings; with `createMissingFolders` (confirmed by the user) it creates them first.
   * Answers 'locked' when the stored password waits for the portable passphrase, so the page can ask for it.
   */
  const test = async (options: { createMissingFolders?: true } = {}): Promise<'locked' | undefined> => {
    if (!form) return undefined;
    setTestingSince(Date.now());
    setReport(undefined);
    setAnnouncement(undefined);
    const { id, ...request } = requestOf(form);
    const reply = await getApi().testConnection({ ...request, ...(id ? { accountId: id } : {}), ...options });
    setTestingSince(undefined);
    setTestedAt(new Date());
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {});
      // Nothing is wrong with the account: it stays readable if the user cancels the unlock.
      const locked = reply.error.code === 'PASSWORDS_LOCKED';
      setAnnouncement({ intent: locked ? 'warning' : 'error', text: reply.error.message });
      return locked ? 'locked' : undefined;
    }
    setReport(reply.value);
    if (form.id) await accounts.reload();
    return undefined;
  };

  const detect = async () => {
    if (!form || form.server.trim() === '') return;
    setDetecting(true);
    setDetection(undefined);
    const reply = await getApi().detectSettings({
      server: form.server,
      ...(form.emailAddress.trim() ? { emailAddress: form.emailAddress } : {}),
      ...(form.caCertificatePem ? { caPem: form.caCertificatePem } : {}),
    });
    setDetecting(false);
    if (reply.ok) setDetection(reply.value);
    else setAnnouncement({ intent: 'error', text: reply.error.message });
  };

  /** Takes the proposal into the form; the port follows as if the user had chosen both. */
  const applyDetected = (proposal: DetectionProposal) => {
    if (!form) return;
    // A Microsoft 365 offer switches the method first (which keeps what was typed for IMAP), then
    // takes the cloud's hosts; an on-premises proposal changes only encryption and port.
    const detected = detectedSettingsOf(proposal);
    const switched = detected.method ? withMethod(form, detected.method) : form;
    setForm({
      ...switched,
      encryption: detected.encryption,
      port: String(detected.port),
      ...(detected.server ? { server: detected.server } : {}),
      ...(detected.authorityHost ? { authorityHost: detected.authorityHost } : {}),
    });
    setDetection(undefined);
  };

  const trust = (fingerprint: string) => {
    if (!form) return;
    setForm({ ...form, trustedFingerprint: fingerprint });
    setAnnouncement({
      intent: 'info',
      text: message('editor.trusted'),
    });
  };

  const copyDiagnostics = async () => {
    if (!form || !report) return;
    // Loaded when first copied: the diagnostics are in English, with the English catalogue, which
    // a German window would otherwise load at start for nothing.
    const { diagnosticsText } = await import('../../../shared/diagnostics');
    const text = diagnosticsText(
      report,
      {
        server: form.server,
        port: form.port,
        encryption: form.encryption,
        validateSsl: form.validateSsl,
        userName: form.userName,
        ...(form.trustedFingerprint ? { trustedFingerprint: form.trustedFingerprint } : {}),
        hasCaFile: form.caCertificatePem !== '',
      },
      testedAt ?? new Date(),
    );
    const reply = await getApi().copyText(text);
    setAnnouncement(
      reply.ok ? { intent: 'success', text: message('editor.copied') } : { intent: 'error', text: reply.error.message },
    );
  };

  /** Copies a saved account (the open one unless the list names another) and opens the copy. */
  const duplicate = async (id = form?.id) => {
    if (!id) return;
    const reply = await getApi().duplicateAccount(id);
    if (!reply.ok) {
      setAnnouncement({ intent: 'error', text: reply.error.message });
      return;
    }
    await accounts.reload();
    open(formFromAccount(reply.value));
    setAnnouncement({
      intent: 'success',
      text: message('editor.duplicated', { name: reply.value.connectionName }),
    });
  };

  /** Brings back the accounts of an undone delete, and opens the first of them. */
  const undoDelete = async (ids: readonly string[]) => {
    const restored: AccountView[] = [];
    for (const id of ids) {
      const reply = await getApi().restoreAccount(id);
      if (!reply.ok) {
        await accounts.reload();
        setAnnouncement({ intent: 'error', text: reply.error.message });
        return;
      }
      restored.push(reply.value);
    }
    await accounts.reload();
    const [first] = restored;
    if (first && !dirty) open(formFromAccount(first));
    setAnnouncement({
      intent: 'success',
      text: message('editor.restored', { count: restored.length, name: first?.connectionName ?? '' }),
    });
  };

  return {
    form,
    setForm,
    selected,
    dirty,
    errors,
    focusRequest,
    message: announcement,
    report,
    testingSince,
    testing: testingSince !== undefined,
    saving,
    open,
    validateField,
    save,
    test,
    cancelTest: () => void getApi().cancelTest(),
    /** Shows the outcome of a page-level action (export, import) where save and test report theirs. */
    announce: setAnnouncement,
    trust,
    copyDiagnostics,
    detection,
    detecting,
    detect,
    applyDetected,
    duplicate,
    undoDelete,
  };
}
