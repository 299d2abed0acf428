import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { AccountView } from '../../../shared/account';
import { message, type Message } from '../../../shared/i18n/message';
import {
  progressAtStart,
  skippedByCancel,
  TEST_ALL_DEFAULT_CONCURRENCY,
  type TestAllOutcome,
  type TestAllProgress,
  type TestAllResult,
} from '../../../shared/test-all';
import { getApi } from '../api';
import { useModalDialog } from '../commands/modal-dialogs';
import { useAppEvent } from '../hooks/useAppEvent';
import { useI18n, type I18n } from '../i18n';
import { AccountPicker } from './AccountPicker';
import { MarkedList, type MarkedItem } from './MarkedList';
import { MethodTag } from './MethodTag';
import { StatusIcon } from './StatusIcon';
import { failed } from '../../../shared/result';
import { failureTitleKey } from '../../../shared/report-titles';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { color: tokens.colorNeutralForeground3 },
});

const CONCURRENCY_CHOICES = [1, 2, 4, 8, 16];

export interface TestAllDialogProps {
  accounts: readonly AccountView[];
  /** The accounts ticked as the dialog opens (the list's selection); all of them when absent. */
  initiallyChosen?: readonly string[];
  /** The run ended and its results are saved: the list behind the dialog can show them. */
  onResultsSaved: () => void;
  /** A run starts or ends: Cancel test (menu, Esc) can stop it only while it runs, not while the dialog is open. */
  onRunningChange?: (running: boolean) => void;
  onClose: () => void;
}

function statusOf(outcome: TestAllOutcome) {
  if (!outcome.report) return 'skipped' as const;
  return outcome.report.ok ? ('ok' as const) : ('failed' as const);
}

/** `outcomes` with `outcome` put in its account's place (or appended): the other rows stay the same objects. */
function withOutcome(outcomes: readonly TestAllOutcome[], outcome: TestAllOutcome): TestAllOutcome[] {
  const index = outcomes.findIndex((known) => known.id === outcome.id);
  if (index < 0) return [...outcomes, outcome];
  const next = [...outcomes];
  next[index] = outcome;
  return next;
}

function outcomeText({ t, tMessage }: I18n, outcome: TestAllOutcome): string {
  if (outcome.report?.ok) return t('testAll.outcome.ok', { ms: outcome.report.durationMs });
  const error = outcome.report?.error;
  // Words first; the code follows on its own quieter line (itemOf), for a support ticket.
  if (outcome.report)
    return error ? `${t(failureTitleKey(error.code))}: ${tMessage(error.message)}` : t(failureTitleKey(undefined));
  if (skippedByCancel(outcome)) return t('testAll.outcome.cancelled');
  return t('testAll.outcome.skipped', { reason: outcome.skipped ? tMessage(outcome.skipped) : '' });
}

/** Tests the chosen accounts a few at a time, shows progress with Cancel, then each result. */
export function TestAllDialog({
  accounts,
  initiallyChosen,
  onResultsSaved,
  onRunningChange,
  onClose,
}: TestAllDialogProps) {
  const styles = useStyles();
  useModalDialog();
  const i18n = useI18n();
  const { t, tMessage } = i18n;
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(initiallyChosen ?? accounts.map((account) => account.id)),
  );
  const [concurrency, setConcurrency] = useState(TEST_ALL_DEFAULT_CONCURRENCY);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<TestAllProgress>();
  /** Finished accounts in the order they finished: each pushed outcome adds or replaces its own row. */
  const [outcomes, setOutcomes] = useState<TestAllOutcome[]>([]);
  const [result, setResult] = useState<TestAllResult>();
  const [error, setError] = useState<Message>();
  // Only this dialog's run is listened to: set before testAccounts is asked, cleared when it answers.
  const listening = useRef(false);

  // Main pushes each change: no timer asks for progress, and no account list is reloaded per result.
  useAppEvent((event) => {
    if (!listening.current) return;
    if (event.type === 'testAllProgress') setProgress(event.progress);
    else if (event.type === 'testAllOutcome') setOutcomes((known) => withOutcome(known, event.outcome));
  });

  const start = async () => {
    if (chosen.size === 0) return;
    setRunning(true);
    onRunningChange?.(true);
    setResult(undefined);
    setError(undefined);
    setOutcomes([]);
    setProgress(progressAtStart(chosen.size));
    const all = chosen.size === accounts.length;
    listening.current = true;
    // However the call ends (a reply, or a rejection when the window is going away), nothing runs any more.
    const reply = await getApi()
      .testAccounts({ ...(all ? {} : { ids: [...chosen] }), concurrency })
      .catch((error: unknown) =>
        failed('INTERNAL', message('testAll.noAnswer', { reason: error instanceof Error ? error.message : '' })),
      )
      .finally(() => {
        listening.current = false;
        setRunning(false);
        onRunningChange?.(false);
      });
    if (!reply.ok) {
      setError(reply.error.message);
      return;
    }
    setResult(reply.value);
    setProgress(reply.value.progress);
    // The reply is the record: rows stay where they appeared, and any the events did not bring are added.
    setOutcomes((known) => reply.value.outcomes.reduce(withOutcome, known));
    onResultsSaved();
  };

  const itemOf = (outcome: TestAllOutcome): MarkedItem => ({
    key: outcome.id,
    marker: <StatusIcon status={statusOf(outcome)} />,
    title: (
      <>
        <Text weight="semibold">{outcome.name}</Text>{' '}
        <MethodTag method={accounts.find((account) => account.id === outcome.id)?.method ?? 'imap'} t={t} />
      </>
    ),
    detail: outcomeText(i18n, outcome),
    ...(outcome.report?.error
      ? {
          extra: (
            <Text size={200} className={styles.code}>
              {t('report.errorCode', { code: outcome.report.error.code })}
            </Text>
          ),
        }
      : {}),
  });

  const shown = result?.progress ?? progress;
  const limits = Object.entries(shown?.serverLimits ?? {});
  return (
    <Dialog
      open
      onOpenChange={(_event, data) => {
        // Esc while tests run cancels them (as everywhere in the app); the dialog stays for the results.
        if (data.open) return;
        if (running) void getApi().cancelTest();
        else onClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('testAll.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {!running && !result ? (
              <>
                <AccountPicker accounts={accounts} chosen={chosen} onChange={setChosen} />
                <Field label={t('testAll.concurrency')} hint={t('testAll.concurrency.hint')}>
                  <Select value={String(concurrency)} onChange={(_event, data) => setConcurrency(Number(data.value))}>
                    {CONCURRENCY_CHOICES.map((choice) => (
                      <option key={choice} value={choice}>
                        {choice}
                      </option>
                    ))}
                  </Select>
                </Field>
              </>
            ) : null}
            {shown ? (
              <Field
                label={t('testAll.progress', { done: shown.done, total: shown.total })}
                hint={t('testAll.progress.detail', { ok: shown.ok, failed: shown.failed, running: shown.running })}
              >
                <ProgressBar
                  value={shown.total === 0 ? 1 : shown.done / shown.total}
                  aria-valuetext={t('testAll.progress', { done: shown.done, total: shown.total })}
                  {...(result ? { color: shown.failed > 0 || shown.cancelled ? 'warning' : 'success' } : {})}
                />
              </Field>
            ) : null}
            {limits.length > 0 ? (
              <Text size={200}>
                {limits.map(([server, limit]) => t('testAll.serverLimit', { server, limit })).join(' ')}
              </Text>
            ) : null}
            {error ? (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{tMessage(error)}</MessageBarBody>
              </MessageBar>
            ) : null}
            {outcomes.length > 0 ? (
              <MarkedList label={t('testAll.results')} scroll items={outcomes.map(itemOf)} />
            ) : null}
          </DialogContent>
          <DialogActions>
            {running ? (
              <Button appearance="primary" onClick={() => void getApi().cancelTest()}>
                {t('testAll.cancel')}
              </Button>
            ) : result ? (
              <Button appearance="primary" onClick={onClose}>
                {t('testAll.close')}
              </Button>
            ) : (
              <>
                <Button appearance="primary" disabled={chosen.size === 0} onClick={() => void start()}>
                  {t('testAll.start', { count: chosen.size })}
                </Button>
                <Button appearance="secondary" onClick={onClose}>
                  {t('confirm.cancel')}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
