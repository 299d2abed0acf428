import {
  Button,
  Checkbox,
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
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { message, type Message } from '../../../shared/i18n/message';
import type { IpcError, IpcReply } from '../../../shared/ipc';
import { portablePassphraseProblem, type PortablePasswordsChange } from '../../../shared/portable';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/transfer';
import { getApi } from '../api';
import { useModalDialog } from '../commands/modal-dialogs';
import { useI18n } from '../i18n';
import type { PassphraseMode } from './PortablePasswordsBar';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The fields a message can belong to: the passphrase typed first, the new one (change), the repetition. */
type FieldName = 'first' | 'second' | 'repeat';
type FieldErrors = Partial<Record<FieldName, Message>>;

export interface PassphraseDialogProps {
  mode: PassphraseMode;
  /** With the change main answered on success; without it when cancelled. */
  onClose: (change?: PortablePasswordsChange) => void;
  /** Where focus goes on close when the element that opened the dialog is gone (the bar's button changed). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/** Setting, entering or changing the portable passphrase; main derives the key (scrypt) meanwhile. */
export function PassphraseDialog({ mode, onClose, fallbackFocus }: PassphraseDialogProps) {
  const styles = useStyles();
  useModalDialog();
  const { t, tMessage } = useI18n();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [repeat, setRepeat] = useState('');
  const [remember, setRemember] = useState(false);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fromMain, setFromMain] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Message>();
  const refs = {
    first: useRef<HTMLInputElement>(null),
    second: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  // Read while rendering, before the dialog takes focus: the button (or field) that opened it.
  const [opener] = useState(() => document.activeElement);
  const fallback = useRef(fallbackFocus);
  useEffect(() => {
    fallback.current = fallbackFocus;
  });

  useEffect(() => {
    refs.first.current?.focus();
    return () => {
      // After the bar re-rendered with the new state: its Unlock button may no longer exist.
      const usable = opener instanceof HTMLElement && opener !== document.body && opener.isConnected;
      const target = usable ? opener : fallback.current?.();
      target?.focus();
    };
    // Once, on open and close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const typed = portablePassphraseProblem(first, mode === 'set' ? 'new' : 'existing');
  const typedNew = mode === 'change' ? portablePassphraseProblem(second, 'new') : undefined;
  const local: FieldErrors = {
    ...(typed ? { first: typed } : {}),
    ...(typedNew ? { second: typedNew } : {}),
    ...(mode === 'set' && repeat !== first ? { repeat: message('export.passphrase.mismatch') } : {}),
    ...(mode === 'change' && repeat !== second ? { repeat: message('export.passphrase.mismatch') } : {}),
  };
  const shown: FieldErrors = { ...(checked ? local : {}), ...fromMain };

  /** Main's answer at the field it is about; anything else (storage, damaged key file) above the buttons. */
  const placeError = (error: IpcError) => {
    if (error.code === 'WRONG_PASSPHRASE' && mode !== 'set') {
      setFromMain({ first: error.message });
      refs.first.current?.select();
      refs.first.current?.focus();
    } else if (error.code === 'VALIDATION') {
      // In a change main checks the current passphrase first; it is only at fault if it breaks a rule.
      const field: FieldName = mode === 'change' && !portablePassphraseProblem(first, 'existing') ? 'second' : 'first';
      setFromMain({ [field]: error.message });
      refs[field].current?.focus();
    } else {
      setFailure(error.message);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    const invalid = (['first', 'second', 'repeat'] as const).find((field) => local[field]);
    if (invalid) {
      refs[invalid].current?.focus();
      return;
    }
    setBusy(true);
    setFromMain({});
    setFailure(undefined);
    const api = getApi();
    const reply: IpcReply<PortablePasswordsChange> =
      mode === 'set'
        ? await api.setPortablePassphrase({ passphrase: first, remember })
        : mode === 'unlock'
          ? await api.unlockPortable({ passphrase: first, remember })
          : await api.changePortablePassphrase({ oldPassphrase: first, newPassphrase: second });
    setBusy(false);
    if (reply.ok) onClose(reply.value);
    else placeError(reply.error);
  };

  const fieldState = (field: FieldName) => {
    const problem = shown[field];
    return problem ? { validationState: 'error' as const, validationMessage: tMessage(problem) } : {};
  };
  // A message from main is about what was typed then: typing again clears it.
  const edit = (field: FieldName, set: (value: string) => void) => (value: string) => {
    set(value);
    if (fromMain[field]) setFromMain(({ [field]: _old, ...rest }) => rest);
  };
  const passwordInput = (field: FieldName, value: string, onChange: (value: string) => void, autoComplete: string) => (
    <Input
      ref={refs[field]}
      type="password"
      value={value}
      autoComplete={autoComplete}
      onChange={(_event, data) => edit(field, onChange)(data.value)}
    />
  );

  return (
    <Dialog open onOpenChange={(_event, data) => (data.open || busy ? undefined : onClose())}>
      <DialogSurface>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{t(`passphraseDialog.${mode}.title`)}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{t(`passphraseDialog.${mode}.intro`)}</Text>
              <Field
                label={t(mode === 'change' ? 'passphraseDialog.current' : 'passphraseDialog.passphrase')}
                {...(mode === 'set' ? { hint: t('passphraseDialog.new.hint', { min: PASSPHRASE_MIN_LENGTH }) } : {})}
                {...fieldState('first')}
              >
                {passwordInput('first', first, setFirst, mode === 'set' ? 'new-password' : 'current-password')}
              </Field>
              {mode === 'change' ? (
                <Field
                  label={t('passphraseDialog.new')}
                  hint={t('passphraseDialog.new.hint', { min: PASSPHRASE_MIN_LENGTH })}
                  {...fieldState('second')}
                >
                  {passwordInput('second', second, setSecond, 'new-password')}
                </Field>
              ) : null}
              {mode !== 'unlock' ? (
                <Field
                  label={t(mode === 'change' ? 'passphraseDialog.repeatNew' : 'passphraseDialog.repeat')}
                  {...fieldState('repeat')}
                >
                  {passwordInput('repeat', repeat, setRepeat, 'new-password')}
                </Field>
              ) : null}
              {mode !== 'change' ? (
                <Field hint={t('passphraseDialog.remember.hint')}>
                  <Checkbox
                    checked={remember}
                    onChange={(_event, data) => setRemember(data.checked === true)}
                    label={t('passphraseDialog.remember')}
                  />
                </Field>
              ) : null}
              {failure ? (
                <MessageBar intent="error" role="alert" layout="multiline">
                  <MessageBarBody>{tMessage(failure)}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              {busy ? (
                <Spinner
                  size="tiny"
                  label={t(mode === 'unlock' ? 'passphraseDialog.busy.check' : 'passphraseDialog.busy.seal')}
                />
              ) : null}
              <Button type="submit" appearance="primary" disabled={busy}>
                {t(`passphraseDialog.${mode}.confirm`)}
              </Button>
              <Button type="button" appearance="secondary" disabled={busy} onClick={() => onClose()}>
                {t('confirm.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
