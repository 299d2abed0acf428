import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { message, messageList, type Message } from '../../../shared/i18n/message';
import type { IpcError } from '../../../shared/ipc';
import {
  type ChosenImportFile,
  type ExistingPolicy,
  type ImportDifference,
  type ImportPlan,
  type ImportValue,
} from '../../../shared/transfer';
import { getApi } from '../api';
import { useModalDialog } from '../commands/modal-dialogs';
import type { Announcement } from '../hooks/useAccountEditor';
import { useI18n } from '../i18n';
import { MarkedList } from './MarkedList';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  flags: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

const ACTION_COLOR = { add: 'success', replace: 'warning', skip: 'informative' } as const;

export interface ImportDialogProps {
  onClose: (result?: Announcement) => void;
}

/**
 * Choose a file, see what it would add, replace or skip and why, then import it in one step.
 * Main validates the whole file on each call; nothing is written before "Import".
 */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const styles = useStyles();
  useModalDialog();
  const { t, tMessage } = useI18n();
  const [file, setFile] = useState<ChosenImportFile>();
  const [passphrase, setPassphrase] = useState('');
  const [askPassphrase, setAskPassphrase] = useState(false);
  // Keeping what is here is the safe default: replacing is a choice the user makes (issue 15, item 6).
  const [existing, setExisting] = useState<ExistingPolicy>('keep');
  const [plan, setPlan] = useState<ImportPlan>();
  const [failure, setFailure] = useState<IpcError>();
  const [busy, setBusy] = useState(false);

  const request = (chosen: ChosenImportFile, policy: ExistingPolicy) => ({
    file: chosen.file,
    existing: policy,
    ...(passphrase ? { passphrase } : {}),
  });

  const preview = async (chosen: ChosenImportFile, policy: ExistingPolicy) => {
    setBusy(true);
    const reply = await getApi().previewImport(request(chosen, policy));
    setBusy(false);
    setPlan(reply.ok ? reply.value : undefined);
    setFailure(reply.ok ? undefined : reply.error);
    if (!reply.ok && (reply.error.code === 'PASSPHRASE_REQUIRED' || reply.error.code === 'WRONG_PASSPHRASE'))
      setAskPassphrase(true);
  };

  /** Main shows the open dialog and reads the file; the window only gets its name and a token. */
  const choose = async () => {
    const reply = await getApi().chooseImportFile();
    if (reply.ok && reply.value === null) return;
    setPlan(undefined);
    if (!reply.ok || reply.value === null) {
      setFile(undefined);
      if (!reply.ok) setFailure(reply.error);
      return;
    }
    const chosen = reply.value;
    setFile(chosen);
    await preview(chosen, existing);
  };

  const apply = async () => {
    if (!file) return;
    setBusy(true);
    const reply = await getApi().applyImport(request(file, existing));
    setBusy(false);
    if (!reply.ok) {
      setFailure(reply.error);
      return;
    }
    const result = reply.value;
    const parts: Message[] = [
      message('importDialog.done', { added: result.added, replaced: result.replaced, skipped: result.skipped }),
    ];
    if (result.toReview.length > 0) parts.push(message('importDialog.review', { names: result.toReview.join(', ') }));
    if (result.passwordsNotStored)
      parts.push(message('importDialog.passwordsNotStored', { reason: result.passwordsNotStored }));
    if (result.passwordsWithheld.length > 0)
      parts.push(message('importDialog.passwordsWithheld', { names: result.passwordsWithheld.join(', ') }));
    if (result.plan.passwordsIgnored)
      parts.push(message('importDialog.passwordsIgnored', { reason: result.plan.passwordsIgnored }));
    onClose({
      intent:
        result.toReview.length > 0 ||
        result.passwordsNotStored ||
        result.plan.passwordsIgnored ||
        result.passwordsWithheld.length > 0
          ? 'warning'
          : 'success',
      text: messageList(parts, ' '),
    });
  };

  const shownValue = (value: ImportValue): string =>
    value === null
      ? t('importDialog.value.none')
      : typeof value === 'boolean'
        ? t(value ? 'importDialog.value.on' : 'importDialog.value.off')
        : String(value);
  const changeText = (difference: ImportDifference): string =>
    t('importDialog.change', {
      field: t(`importDialog.field.${difference.field}`),
      from: shownValue(difference.from),
      to: shownValue(difference.to),
    });

  const changes = plan?.entries.filter((entry) => entry.action !== 'skip').length ?? 0;
  const passphraseFailure = failure?.code === 'PASSPHRASE_REQUIRED' || failure?.code === 'WRONG_PASSPHRASE';
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('importDialog.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.file}>
              <Button icon={<DocumentArrowUp20Regular />} disabled={busy} onClick={() => void choose()}>
                {file ? t('importDialog.otherFile') : t('importDialog.chooseFile')}
              </Button>
              <Text>{file ? file.name : t('importDialog.noFile')}</Text>
            </div>
            {askPassphrase ? (
              <Field
                label={t('importDialog.passphrase')}
                {...(passphraseFailure
                  ? { validationState: 'error' as const, validationMessage: failure && tMessage(failure.message) }
                  : { hint: t('importDialog.passphrase.hint') })}
              >
                <Input
                  type="password"
                  value={passphrase}
                  onChange={(_e, data) => setPassphrase(data.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && file) void preview(file, existing);
                  }}
                  contentAfter={
                    <Button
                      size="small"
                      appearance="transparent"
                      disabled={!file || busy}
                      onClick={() => file && void preview(file, existing)}
                    >
                      {t('importDialog.unlock')}
                    </Button>
                  }
                />
              </Field>
            ) : null}
            <RadioGroup
              value={existing}
              onChange={(_event, data) => {
                const policy = data.value as ExistingPolicy;
                setExisting(policy);
                if (file) void preview(file, policy);
              }}
              aria-label={t('importDialog.existing')}
            >
              <Radio value="keep" label={t('importDialog.existing.keep')} />
              <Radio value="replace" label={t('importDialog.existing.replace')} />
            </RadioGroup>
            {failure && !passphraseFailure ? (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{tMessage(failure.message)}</MessageBarTitle>
                  {failure.problems ? (
                    <ul className={styles.problems}>
                      {failure.problems.map((problem, index) => (
                        // The list is replaced as a whole with each answer: its order is its identity.
                        <li key={index}>{tMessage(problem)}</li>
                      ))}
                    </ul>
                  ) : null}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {plan ? (
              <>
                <Text>
                  {t('importDialog.summary', {
                    changes,
                    total: plan.entries.length,
                    exportedAt: plan.exportedAt.slice(0, 10),
                  })}
                </Text>
                {plan.passwordsIgnored ? (
                  <MessageBar intent="warning">
                    <MessageBarBody>
                      {t('importDialog.passwordsIgnored', { reason: tMessage(plan.passwordsIgnored) })}
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                {plan.passwordsNotStored ? (
                  <MessageBar intent="warning">
                    <MessageBarBody>
                      {t('importDialog.passwordsNotStored', { reason: tMessage(plan.passwordsNotStored) })}
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                <MarkedList
                  label={t('importDialog.planLabel')}
                  scroll
                  items={plan.entries.map((entry) => ({
                    key: entry.connectionName,
                    marker: (
                      <Badge appearance="tint" color={ACTION_COLOR[entry.action]}>
                        {t(`importDialog.action.${entry.action}`)}
                      </Badge>
                    ),
                    title: <Text weight="semibold">{entry.connectionName}</Text>,
                    detail: `${tMessage(entry.reason)}${entry.withPassword ? ` · ${t('importDialog.withPassword')}` : ''}`,
                    ...(entry.review.length > 0 || entry.differences.length > 0 || entry.storedPasswordWithheld
                      ? {
                          extra: (
                            <>
                              {entry.differences.length > 0 ? (
                                <ul className={styles.changes}>
                                  {entry.differences.map((difference) => (
                                    <li key={difference.field}>{changeText(difference)}</li>
                                  ))}
                                </ul>
                              ) : null}
                              {entry.storedPasswordWithheld ? (
                                <Text size={200} weight="semibold">
                                  {t('importDialog.passwordWithheld')}
                                </Text>
                              ) : null}
                              {entry.review.length > 0 ? (
                                <span className={styles.flags}>
                                  {entry.review.map((flag) => (
                                    <Badge key={flag} appearance="outline" color="danger">
                                      {t(`review.${flag}`)}
                                    </Badge>
                                  ))}
                                </span>
                              ) : null}
                            </>
                          ),
                        }
                      : {}),
                  }))}
                />
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            {busy ? <Spinner size="tiny" label={t('importDialog.checking')} /> : null}
            <Button appearance="primary" disabled={busy || changes === 0} onClick={() => void apply()}>
              {t('importDialog.confirm', { count: changes })}
            </Button>
            <Button appearance="secondary" onClick={() => onClose()}>
              {t('confirm.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
