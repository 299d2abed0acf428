import { Badge, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { AccountList } from '../components/AccountList';
import { UndoDeleteAction } from '../components/UndoDeleteAction';
import { PortablePasswordsBar, type PassphraseMode } from '../components/PortablePasswordsBar';
import { Ribbon } from '../components/Ribbon';
import { ModalDialogsProvider, useModalDialogs } from '../commands/modal-dialogs';
import { listActionAvailability, type ListAction } from '../commands/list-actions';
import { useCommandTable } from '../commands/useCommandTable';
import { useStorageWritable } from '../commands/useStorageWritable';
import type { CommandContext } from '../commands/availability';
import { emptyForm, formFromAccount, secretKindOf, type AccountFormState } from '../form-state';
import { useAccountEditor, type Announcement } from '../hooks/useAccountEditor';
import type { AccountsState } from '../hooks/useAccounts';
import { useDeleteAccounts } from '../hooks/useDeleteAccounts';
import { useRefresh } from '../hooks/useRefresh';
import { usePortableStatus } from '../hooks/usePortableStatus';
import { useStableCallback } from '../hooks/useStableCallback';
import { useResultsInView } from '../hooks/useResultsInView';
import { useUnloadGuard } from '../hooks/useUnloadGuard';
import type { AccountView } from '../../../shared/account';
import type { PortablePasswordsChange } from '../../../shared/portable';
import { message } from '../../../shared/i18n/message';
import { getApi } from '../api';
import { useI18n } from '../i18n';

// The form, dialogs and result panels load when first needed, keeping the start-up script small:
// at start no account is open. The form is fetched once the window is idle (below), so opening one
// does not wait for it.
const loadAccountForm = () => import('../components/AccountForm');
const AccountForm = lazy(async () => ({ default: (await loadAccountForm()).AccountForm }));
const ConfirmDialog = lazy(async () => ({ default: (await import('../components/ConfirmDialog')).ConfirmDialog }));
const DetectionView = lazy(async () => ({ default: (await import('../components/DetectionView')).DetectionView }));
const ExportDialog = lazy(async () => ({ default: (await import('../components/ExportDialog')).ExportDialog }));
const TestAllDialog = lazy(async () => ({ default: (await import('../components/TestAllDialog')).TestAllDialog }));
const ImportDialog = lazy(async () => ({ default: (await import('../components/ImportDialog')).ImportDialog }));
const PassphraseDialog = lazy(async () => ({
  default: (await import('../components/PassphraseDialog')).PassphraseDialog,
}));
const TestReportView = lazy(async () => ({ default: (await import('../components/TestReportView')).TestReportView }));

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(220px, 280px) 1fr', flex: 1, minHeight: 0 },
  // The account list scrolls within itself (virtualised): the column only bounds its height.
  list: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    overflow: 'hidden',
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
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  // Form and test report side by side where there is room, so the result is seen without scrolling.
  workspace: {
    display: 'grid',
    gridTemplateColumns: 'minmax(360px, 560px) minmax(320px, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1199px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

export function ConnectAccountsPage({ accounts, active }: { accounts: AccountsState; active: boolean }) {
  const styles = useStyles();
  const { t, tPlural, tMessage } = useI18n();
  const editor = useAccountEditor(accounts);
  const { form, selected, testing, saving } = editor;
  const deletion = useDeleteAccounts(accounts, editor);
  const refresh = useRefresh(accounts, editor);
  const [transfer, setTransfer] = useState<'export' | 'import'>();
  // The accounts ticked as Test all or Export opens from the list's selection (all from the ribbon).
  const [preselected, setPreselected] = useState<readonly string[]>();
  const [testAllOpen, setTestAllOpen] = useState(false);
  // Whether the Test all dialog's run is running: its dialog stays open before and after.
  const [testAllRunning, setTestAllRunning] = useState(false);
  const dialogs = useModalDialogs();
  const portable = usePortableStatus();
  const portableBar = useRef<HTMLDivElement>(null);
  // The open passphrase dialog, and the test to run again once a locked stick is unlocked.
  const [passphrase, setPassphrase] = useState<{ mode: PassphraseMode; retest?: { createMissingFolders?: true } }>();
  const [forgetting, setForgetting] = useState(false);
  const writable = useStorageWritable();
  const closeExport = (result?: Announcement) => {
    setTransfer(undefined);
    if (result) editor.announce(result);
  };
  const closeImport = async (result?: Announcement) => {
    setTransfer(undefined);
    if (!result) return;
    // An import may have replaced the account on screen: show what is stored now, unless edits are pending.
    await refresh();
    editor.announce(result);
  };
  /** A test that finds the stored password locked asks for the passphrase, then runs again. */
  const runTest = async (options: { createMissingFolders?: true } = {}) => {
    if ((await editor.test(options)) === 'locked') setPassphrase({ mode: 'unlock', retest: options });
  };
  const closePassphrase = async (change?: PortablePasswordsChange) => {
    const mode = passphrase?.mode ?? 'unlock';
    const retest = passphrase?.retest;
    setPassphrase(undefined);
    if (!change) {
      await portable.refresh();
      return;
    }
    portable.apply(change.status);
    // Unlocking (or setting) changes every account's passwordLocked flag.
    await accounts.reload();
    if (retest && change.status.portable && change.status.state === 'unlocked') await runTest(retest);
    if (change.notice) editor.announce({ intent: 'warning', text: change.notice });
    else if (!retest) editor.announce({ intent: 'success', text: message(`portableBar.done.${mode}`) });
  };
  const forgetKey = async () => {
    setForgetting(true);
    const reply = await getApi().forgetPortableKey();
    setForgetting(false);
    // The Forget button is gone once nothing is remembered: keep focus in the bar.
    portableBar.current?.focus();
    if (!reply.ok) {
      editor.announce({ intent: 'error', text: reply.error.message });
      return;
    }
    portable.apply(reply.value.status);
    editor.announce(
      reply.value.notice
        ? { intent: 'warning', text: reply.value.notice }
        : { intent: 'success', text: message('portableBar.done.forget') },
    );
  };
  /** Main asks where and writes the file; the window hands over nothing but the wish. */
  const saveEvidence = async (kind: 'saveDiagnostics' | 'saveHandover') => {
    const reply = await getApi()[kind]();
    if (!reply.ok) editor.announce({ intent: 'error', text: reply.error.message });
    else if (reply.value.notice) editor.announce({ intent: 'success', text: reply.value.notice });
  };
  useUnloadGuard(editor.dirty);
  // Once the window is idle after start-up: the form's code is here before anyone opens an account,
  // without competing with the first frames for the CPU.
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadAccountForm());
    return () => cancelIdleCallback(idle);
  }, []);
  const results = useResultsInView({
    running: editor.testingSince ?? (editor.detecting || undefined),
    result: editor.report ?? editor.detection,
  });
  // An open that waits for "Discard changes?": the form to open instead (undefined closes it).
  const [pendingOpen, setPendingOpen] = useState<{ next: AccountFormState | undefined }>();

  const requestOpen = (next: AccountFormState | undefined) => {
    if (editor.dirty) setPendingOpen({ next });
    else editor.open(next);
  };

  const selectAccount = useStableCallback((account: AccountView) => {
    if (account.id !== form?.id) requestOpen(formFromAccount(account));
  });

  // The dialogs this page opens count from the moment they are asked for, while their lazily loaded
  // code is still on its way; the rest (a confirmation inside a report) register themselves.
  const dialogOpen =
    dialogs.anyOpen ||
    passphrase !== undefined ||
    transfer !== undefined ||
    testAllOpen ||
    deletion.pending !== undefined ||
    pendingOpen !== undefined;

  // The one command table: ribbon, application menu and keys all run these, when enabled.
  const context: CommandContext = {
    hasForm: form !== undefined,
    hasSelected: selected !== undefined,
    dirty: editor.dirty,
    saving,
    testing,
    testingAll: testAllRunning,
    dialogOpen,
    detecting: editor.detecting,
    serverEntered: form !== undefined && form.server.trim() !== '',
    hasReport: editor.report !== undefined,
    accountCount: accounts.accounts.length,
    writable,
  };
  const openTestAll = (chosen?: readonly string[]) => {
    setPreselected(chosen);
    setTestAllOpen(true);
  };
  const openExport = (chosen?: readonly string[]) => {
    setPreselected(chosen);
    setTransfer('export');
  };
  const commands = useCommandTable(
    context,
    {
      newAccount: () => requestOpen(emptyForm()),
      save: () => void editor.save(),
      // Back to what is saved (a new account: back to empty), without asking: the user chose to.
      revert: () => editor.open(selected ? formFromAccount(selected) : emptyForm()),
      duplicate: () => void editor.duplicate(),
      delete: () => deletion.request(selected ? [selected] : []),
      refresh: () => void refresh(),
      testConnection: () => void runTest(),
      cancelTest: editor.cancelTest,
      testAll: () => openTestAll(),
      detect: () => void editor.detect(),
      copyDiagnostics: () => void editor.copyDiagnostics(),
      export: () => openExport(),
      import: () => setTransfer('import'),
      saveDiagnostics: () => void saveEvidence('saveDiagnostics'),
      handover: () => void saveEvidence('saveHandover'),
    },
    active,
  );
  // The list's context menu and Delete key: the same commands, on the selected accounts.
  const runListAction = (action: ListAction, chosen: AccountView[]) => {
    const ids = chosen.map((account) => account.id);
    if (action === 'test') openTestAll(ids);
    else if (action === 'export') openExport(ids);
    else if (action === 'delete') deletion.request(chosen);
    else if (chosen[0]) void editor.duplicate(chosen[0].id);
  };

  const page = (
    <div className={styles.page}>
      <Ribbon commands={commands} />
      <PortablePasswordsBar
        status={portable.status}
        onPassphrase={(mode) => setPassphrase({ mode })}
        onForget={() => void forgetKey()}
        forgetting={forgetting}
        focusRef={portableBar}
      />
      <Suspense fallback={null}>
        {passphrase ? (
          <PassphraseDialog
            mode={passphrase.mode}
            onClose={(change) => void closePassphrase(change)}
            fallbackFocus={() => portableBar.current}
          />
        ) : null}
        {transfer === 'export' ? (
          <ExportDialog
            accounts={accounts.accounts}
            {...(preselected ? { initiallyChosen: preselected } : {})}
            onClose={closeExport}
          />
        ) : null}
        {transfer === 'import' ? <ImportDialog onClose={(result) => void closeImport(result)} /> : null}
        {testAllOpen ? (
          <TestAllDialog
            accounts={accounts.accounts}
            {...(preselected ? { initiallyChosen: preselected } : {})}
            onResultsSaved={() => void accounts.reload()}
            onRunningChange={setTestAllRunning}
            onClose={() => {
              setTestAllOpen(false);
              setTestAllRunning(false);
              void accounts.reload();
            }}
          />
        ) : null}
        {deletion.pending ? (
          <ConfirmDialog
            open
            title={
              deletion.pending.length === 1 && deletion.pending[0]
                ? t('confirm.delete.title', { name: deletion.pending[0].connectionName })
                : tPlural('confirm.deleteMany.title', deletion.pending.length)
            }
            body={
              deletion.pending.length === 1
                ? t('confirm.delete.body')
                : tPlural('confirm.deleteMany.body', deletion.pending.length)
            }
            confirmLabel={t('confirm.delete.confirm')}
            cancelLabel={t('confirm.cancel')}
            onConfirm={() => void deletion.confirm()}
            onCancel={deletion.cancel}
          />
        ) : null}
        {pendingOpen !== undefined ? (
          <ConfirmDialog
            open={pendingOpen !== undefined}
            title={t('confirm.discard.title')}
            body={t('confirm.discard.body', { name: form?.connectionName || t('confirm.discard.newAccount') })}
            confirmLabel={t('confirm.discard.confirm')}
            cancelLabel={t('confirm.discard.cancel')}
            onConfirm={() => {
              editor.open(pendingOpen?.next);
              setPendingOpen(undefined);
            }}
            onCancel={() => setPendingOpen(undefined)}
          />
        ) : null}
      </Suspense>
      <div className={styles.body}>
        <nav className={styles.list} aria-label={t('list.label')}>
          <AccountList
            accounts={accounts.accounts}
            loading={accounts.loading}
            openId={form?.id}
            onOpen={selectAccount}
            availabilityFor={(count) => listActionAvailability(context, count)}
            onAction={runListAction}
          />
        </nav>
        <section className={styles.detail} aria-label={t('page.details')}>
          <div className={styles.titleRow}>
            <Text as="h2" size={600} weight="semibold" className={styles.heading}>
              {form
                ? form.id
                  ? form.connectionName || t('page.account')
                  : t('page.newAccount')
                : t('page.connectAccounts')}
            </Text>
            {editor.dirty ? (
              <Badge appearance="tint" color="warning">
                {t('page.unsaved')}
              </Badge>
            ) : null}
          </div>
          {accounts.loadError ? (
            <MessageBar intent="error">
              <MessageBarBody>{tMessage(accounts.loadError)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {editor.message ? (
            <MessageBar intent={editor.message.intent} role={editor.message.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>{tMessage(editor.message.text)}</MessageBarBody>
              {editor.message.undoDelete ? (
                <UndoDeleteAction ids={editor.message.undoDelete} onUndo={editor.undoDelete} />
              ) : null}
            </MessageBar>
          ) : null}
          {selected?.reviewFlags?.length ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t('review.banner', { flags: selected.reviewFlags.map((flag) => t(`review.${flag}`)).join(', ') })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {form ? (
            <div className={styles.workspace}>
              <Suspense fallback={<Spinner size="small" />}>
                <AccountForm
                  form={form}
                  errors={editor.errors}
                  hasStoredPassword={selected?.hasPassword ?? false}
                  {...(selected ? { storedSecretKind: secretKindOf(selected) } : {})}
                  {...(selected?.clientCertificate ? { storedCertificate: selected.clientCertificate } : {})}
                  passwordNeedsReentry={selected?.passwordNeedsReentry ?? false}
                  passwordLocked={selected?.passwordLocked ?? false}
                  onChange={editor.setForm}
                  onLeaveField={(field) => void editor.validateField(field)}
                  focusRequest={editor.focusRequest}
                  {...(editor.report?.ok && editor.report.mailbox
                    ? { serverFolders: editor.report.mailbox.folders }
                    : {})}
                />
              </Suspense>
              <div
                className={styles.results}
                ref={results}
                tabIndex={-1}
                role="group"
                aria-label={t('page.results')}
                data-results
              >
                <Suspense fallback={<Spinner size="small" />}>
                  {editor.detecting || editor.detection ? (
                    <DetectionView
                      detecting={editor.detecting}
                      report={editor.detection}
                      onUse={editor.applyDetected}
                    />
                  ) : null}
                  {editor.testingSince !== undefined || editor.report ? (
                    <TestReportView
                      report={editor.report}
                      runningSince={editor.testingSince}
                      trustedFingerprint={form.trustedFingerprint}
                      onTrust={editor.trust}
                      onCopyDiagnostics={() => void editor.copyDiagnostics()}
                      server={form.server}
                      onCreateFolders={() => void runTest({ createMissingFolders: true })}
                    />
                  ) : null}
                </Suspense>
              </div>
            </div>
          ) : (
            <Text>{t('page.pick')}</Text>
          )}
        </section>
      </div>
    </div>
  );
  // Every dialog below, the page's own and those inside the report, counts as open (useModalDialog).
  return <ModalDialogsProvider register={dialogs.register}>{page}</ModalDialogsProvider>;
}
