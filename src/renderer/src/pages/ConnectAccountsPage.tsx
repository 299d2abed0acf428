import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AccountView, FieldErrors } from '../../../shared/account';
import type { ConnectionTestReport } from '../../../shared/connection-test';
import { diagnosticsText } from '../../../shared/diagnostics';
import { getApi } from '../api';
import { AccountForm } from '../components/AccountForm';
import { ConfirmDeleteDialog } from '../components/ConfirmDeleteDialog';
import { AccountList } from '../components/AccountList';
import { Ribbon } from '../components/Ribbon';
import { TestReportView } from '../components/TestReportView';
import { emptyForm, formFromAccount, settingsOf, type AccountFormState } from '../form-state';
import type { AccountsState } from '../hooks/useAccounts';
import { useCommands } from '../hooks/useCommands';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(220px, 280px) 1fr', flex: 1, minHeight: 0 },
  list: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  detail: {
    padding: tokens.spacingHorizontalXL,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  heading: { margin: 0 },
  // Form and test report side by side where there is room, so the result is seen without scrolling.
  workspace: {
    display: 'grid',
    gridTemplateColumns: 'minmax(360px, 560px) minmax(320px, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1199px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

type Message = { intent: 'success' | 'error' | 'warning' | 'info'; text: string };

export function ConnectAccountsPage({ accounts, active }: { accounts: AccountsState; active: boolean }) {
  const styles = useStyles();
  const [form, setForm] = useState<AccountFormState | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>();
  const [report, setReport] = useState<ConnectionTestReport>();
  const [testingSince, setTestingSince] = useState<number>();
  const testing = testingSince !== undefined;
  const [testedAt, setTestedAt] = useState<Date>();
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const selected: AccountView | undefined = accounts.accounts.find((account) => account.id === form?.id);

  const open = (next: AccountFormState) => {
    setForm(next);
    setErrors({});
    setMessage(undefined);
    setReport(undefined);
  };

  const save = async () => {
    if (!form) return;
    setSaving(true);
    const reply = await getApi().saveAccount({
      ...(form.id ? { id: form.id } : {}),
      settings: settingsOf(form),
      ...(form.password ? { password: form.password } : {}),
    });
    setSaving(false);
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {});
      setMessage({ intent: 'error', text: reply.error.message });
      return;
    }
    setErrors({});
    setForm(formFromAccount(reply.value.account));
    setMessage(
      reply.value.notice
        ? { intent: 'warning', text: reply.value.notice }
        : { intent: 'success', text: `Saved “${reply.value.account.connectionName}”.` },
    );
    await accounts.reload();
  };

  const trust = (fingerprint: string) => {
    if (!form) return;
    setForm({ ...form, trustedFingerprint: fingerprint });
    setMessage({
      intent: 'info',
      text: 'The certificate is trusted for this account. Test again to check, and save to keep it.',
    });
  };

  const copyDiagnostics = async () => {
    if (!form || !report) return;
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
    setMessage(
      reply.ok
        ? { intent: 'success', text: 'The diagnostics (without the password) are on the clipboard.' }
        : { intent: 'error', text: reply.error.message },
    );
  };

  const duplicate = async () => {
    if (!form?.id) return;
    const reply = await getApi().duplicateAccount(form.id);
    if (!reply.ok) {
      setMessage({ intent: 'error', text: reply.error.message });
      return;
    }
    await accounts.reload();
    open(formFromAccount(reply.value));
    setMessage({
      intent: 'success',
      text: `Created “${reply.value.connectionName}”. Enter its password before testing.`,
    });
  };

  const remove = async () => {
    setConfirmingDelete(false);
    if (!form?.id) return;
    const name = selected?.connectionName ?? form.connectionName;
    const reply = await getApi().deleteAccount(form.id);
    if (!reply.ok) {
      setMessage({ intent: 'error', text: reply.error.message });
      return;
    }
    await accounts.reload();
    setForm(undefined);
    setReport(undefined);
    setErrors({});
    setMessage({ intent: 'success', text: `Deleted “${name}”.` });
  };

  const test = async () => {
    if (!form) return;
    setTestingSince(Date.now());
    setReport(undefined);
    setMessage(undefined);
    const reply = await getApi().testConnection({
      ...(form.id ? { accountId: form.id } : {}),
      settings: settingsOf(form),
      ...(form.password ? { password: form.password } : {}),
    });
    setTestingSince(undefined);
    setTestedAt(new Date());
    if (!reply.ok) {
      setErrors(reply.error.fieldErrors ?? {});
      setMessage({ intent: 'error', text: reply.error.message });
      return;
    }
    setReport(reply.value);
    if (form.id) await accounts.reload();
  };

  const canSave = form !== undefined && !saving;
  const canChangeSaved = selected !== undefined && !saving;
  useCommands(active, (command) => {
    if (command === 'newAccount') open(emptyForm());
    else if (command === 'save' && canSave) void save();
    else if (command === 'duplicate' && canChangeSaved) void duplicate();
    else if (command === 'delete' && canChangeSaved) setConfirmingDelete(true);
    else if (command === 'testConnection' && form !== undefined && !testing) void test();
    else if (command === 'cancelTest' && testing) void getApi().cancelTest();
  });

  return (
    <div className={styles.page}>
      <Ribbon
        canSave={canSave}
        canChangeSaved={canChangeSaved}
        canTest={form !== undefined}
        testing={testing}
        onNew={() => open(emptyForm())}
        onSave={() => void save()}
        onDuplicate={() => void duplicate()}
        onDelete={() => setConfirmingDelete(true)}
        onTest={() => void test()}
        onCancelTest={() => void getApi().cancelTest()}
      />
      <ConfirmDeleteDialog
        accountName={confirmingDelete ? selected?.connectionName : undefined}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmingDelete(false)}
      />
      <div className={styles.body}>
        <nav className={styles.list} aria-label="Accounts">
          <AccountList
            accounts={accounts.accounts}
            loading={accounts.loading}
            selectedId={form?.id}
            onSelect={(account) => open(formFromAccount(account))}
          />
        </nav>
        <section className={styles.detail} aria-label="Account details">
          <Text as="h2" size={600} weight="semibold" className={styles.heading}>
            {form ? (form.id ? form.connectionName || 'Account' : 'New e-mail account') : 'Connect accounts'}
          </Text>
          {accounts.loadError ? (
            <MessageBar intent="error">
              <MessageBarBody>{accounts.loadError}</MessageBarBody>
            </MessageBar>
          ) : null}
          {message ? (
            <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>{message.text}</MessageBarBody>
            </MessageBar>
          ) : null}
          {form ? (
            <div className={styles.workspace}>
              <AccountForm
                form={form}
                errors={errors}
                hasStoredPassword={selected?.hasPassword ?? false}
                passwordNeedsReentry={selected?.passwordNeedsReentry ?? false}
                onChange={setForm}
              />
              <TestReportView
                report={report}
                runningSince={testingSince}
                trustedFingerprint={form.trustedFingerprint}
                onTrust={trust}
                onCopyDiagnostics={() => void copyDiagnostics()}
              />
            </div>
          ) : (
            <Text>Select an account on the left, or choose “New e-mail account” to connect a mailbox.</Text>
          )}
        </section>
      </div>
    </div>
  );
}
