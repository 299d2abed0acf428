import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { memo, type MouseEvent } from 'react';
import type { AccountView } from '../../../shared/account';
import type { I18n } from '../i18n';
import { MethodTag } from './MethodTag';
import { TestStateBadge, useBadgeStyles } from './TestStateBadge';

/** Every row is this tall, so the list knows which rows are in view without measuring any (virtualised). */
export const ROW_HEIGHT = 34;

// Plain elements styled with Fluent tokens: a thousand rows of full Button and Badge components
// cost about a second to mount; these look the same and cost a fraction. An option, not a button:
// the listbox holds the one tab stop and points at the active option (aria-activedescendant).
const useStyles = makeStyles({
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: '32px',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalM}`,
    ...shorthands.border('none'),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    userSelect: 'none',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  // A quiet selection (as in Windows admin consoles), so the state badges stay readable on it.
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  // The account open in the form: the brand bar at its start.
  open: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`, fontWeight: tokens.fontWeightSemibold },
  // Where the keyboard is while the list has the focus (the listbox itself holds the DOM focus).
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
  },
  // The name keeps a few characters however many badges a row has: the method tag gives way first
  // (MethodTag shortens itself), the test state never.
  name: { flex: '1 1 auto', minWidth: '5em', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 1, minWidth: 0 },
});

export interface AccountRowProps {
  account: AccountView;
  /** The DOM id aria-activedescendant points at. */
  id: string;
  index: number;
  count: number;
  selected: boolean;
  open: boolean;
  active: boolean;
  t: I18n['t'];
  onClick: (account: AccountView, event: MouseEvent) => void;
}

export const AccountRow = memo(function AccountRow({
  account,
  id,
  index,
  count,
  selected,
  open,
  active,
  t,
  onClick,
}: AccountRowProps) {
  const styles = useStyles();
  const badge = useBadgeStyles();
  return (
    <div
      role="option"
      id={id}
      data-account-id={account.id}
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={mergeClasses(styles.row, selected && styles.selected, open && styles.open, active && styles.active)}
      style={{ top: index * ROW_HEIGHT }}
      onClick={(event) => onClick(account, event)}
    >
      <span className={styles.name}>{account.connectionName}</span>
      <span className={styles.badges}>
        <MethodTag method={account.method} t={t} />
        {account.reviewFlags?.length ? (
          <span className={mergeClasses(badge.badge, badge.review)}>{t('review.badge')}</span>
        ) : null}
        {account.passwordLocked ? (
          <span className={mergeClasses(badge.badge, badge.locked)}>{t('badge.locked')}</span>
        ) : null}
        <TestStateBadge account={account} t={t} />
      </span>
    </div>
  );
});
