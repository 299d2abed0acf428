import {
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
  Spinner,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AccountView } from '../../../shared/account';
import { message, messageList, pluralMessage, type Message } from '../../../shared/i18n/message';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/transfer';
import { getApi } from '../api';
import { useModalDialog } from '../commands/modal-dialogs';
import type { Announcement } from '../hooks/useAccountEditor';
import { useI18n } from '../i18n';
import { AccountPicker } from './AccountPicker';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ExportDialogProps {
  accounts: readonly AccountView[];
  /** The accounts ticked as the dialog opens (the list's selection); all of them when absent. */
  initiallyChosen?: readonly string[];
  onClose: (result?: Announcement) => void;
}

/** Which accounts, and whether their passwords go along sealed with a passphrase typed twice. */
export function ExportDialog({ accounts, initiallyChosen, onClose }: ExportDialogProps) {
  const styles = useStyles();
  useModalDialog();
  const { t, tMessage } = useI18n();
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(initiallyChosen ?? accounts.map((account) => account.id)),
  );
  const [withPasswords, setWithPasswords] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message>();

  const passphraseError =
    withPasswords && passphrase.length < PASSPHRASE_MIN_LENGTH
      ? t('export.passphrase.tooShort', { min: PASSPHRASE_MIN_LENGTH })
      : undefined;
  const repeatError = withPasswords && repeated !== passphrase ? t('export.passphrase.mismatch') : undefined;

  const run = async () => {
    setChecked(true);
    if (chosen.size === 0 || passphraseError || repeatError) return;
    setBusy(true);
    const all = chosen.size === accounts.length;
    const reply = await getApi().exportAccounts({
      ...(all ? {} : { ids: [...chosen] }),
      ...(withPasswords ? { passphrase } : {}),
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error.message);
      return;
    }
    const { path, accounts: count, passwords, withoutPassword } = reply.value;
    if (!path) return; // The save dialog was cancelled: the choices stay for another try.
    const written = pluralMessage('export.done', count, { path, passwords });
    onClose(
      withPasswords && withoutPassword.length > 0
        ? {
            intent: 'warning',
            text: messageList([written, message('export.withoutPassword', { names: withoutPassword.join(', ') })], ' '),
          }
        : { intent: 'success', text: written },
    );
  };

  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('export.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              {...(checked && chosen.size === 0
                ? { validationState: 'error' as const, validationMessage: t('export.noneChosen') }
                : {})}
            >
              <AccountPicker accounts={accounts} chosen={chosen} onChange={setChosen} />
            </Field>
            <Switch
              checked={withPasswords}
              onChange={(_event, data) => setWithPasswords(data.checked)}
              label={t('export.withPasswords')}
            />
            {withPasswords ? (
              <>
                <Field
                  label={t('export.passphrase')}
                  hint={t('export.passphrase.hint')}
                  {...(checked && passphraseError
                    ? { validationState: 'error' as const, validationMessage: passphraseError }
                    : {})}
                >
                  <Input type="password" value={passphrase} onChange={(_e, data) => setPassphrase(data.value)} />
                </Field>
                <Field
                  label={t('export.passphrase.repeat')}
                  {...(checked && repeatError
                    ? { validationState: 'error' as const, validationMessage: repeatError }
                    : {})}
                >
                  <Input type="password" value={repeated} onChange={(_e, data) => setRepeated(data.value)} />
                </Field>
              </>
            ) : (
              <Text size={200}>{t('export.noPasswords')}</Text>
            )}
            {error ? (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{tMessage(error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            {busy ? <Spinner size="tiny" label={t('export.busy')} /> : null}
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {t('export.confirm')}
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
