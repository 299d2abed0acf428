import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LockClosed16Regular, LockOpen16Regular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import type { PortablePasswordsStatus } from '../../../shared/portable';
import { useI18n } from '../i18n';

export type PassphraseMode = 'set' | 'unlock' | 'change';

const useStyles = makeStyles({
  region: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  // Unlocked is the normal state on a stick: one quiet line, not a message that asks for attention.
  quiet: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface PortablePasswordsBarProps {
  status: PortablePasswordsStatus | undefined;
  onPassphrase: (mode: PassphraseMode) => void;
  onForget: () => void;
  /** Set while "Forget on this computer" runs. */
  forgetting?: boolean;
  /** Where focus goes when the button that had it disappears (after unlocking, after forgetting). */
  focusRef?: Ref<HTMLDivElement>;
}

/** On a stick only: whether its passwords can be used in this run, and the one thing to do about it. */
export function PortablePasswordsBar({
  status,
  onPassphrase,
  onForget,
  forgetting,
  focusRef,
}: PortablePasswordsBarProps) {
  const styles = useStyles();
  const { t, tMessage } = useI18n();
  if (!status?.portable) return null;
  return (
    <div ref={focusRef} tabIndex={-1} className={styles.region} role="region" aria-label={t('portableBar.label')}>
      {status.state === 'not-set' || status.state === 'locked' ? (
        // One line, the action at its end: the bar says what is missing and offers the one way out.
        <MessageBar
          intent="warning"
          layout="singleline"
          {...(status.state === 'locked' ? { icon: <LockClosed16Regular /> } : {})}
        >
          <MessageBarBody>{t(status.state === 'locked' ? 'portableBar.locked' : 'portableBar.notSet')}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => onPassphrase(status.state === 'locked' ? 'unlock' : 'set')}>
              {t(status.state === 'locked' ? 'portableBar.unlock' : 'portableBar.set')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : status.state === 'unlocked' ? (
        <div className={styles.quiet}>
          <LockOpen16Regular aria-hidden />
          <Text size={200}>{t(status.remembered ? 'portableBar.remembered' : 'portableBar.unlocked')}</Text>
          <Button size="small" appearance="subtle" onClick={() => onPassphrase('change')}>
            {t('portableBar.change')}
          </Button>
          {status.remembered ? (
            <Button size="small" appearance="subtle" disabled={forgetting} onClick={onForget}>
              {t('portableBar.forget')}
            </Button>
          ) : null}
        </div>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('portableBar.damaged')}</MessageBarTitle>
            {tMessage(status.problem)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
