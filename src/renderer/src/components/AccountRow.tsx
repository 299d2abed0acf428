import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { AccountView } from '../../../shared/account';
import type { I18n } from '../i18n';
import { TestStateBadge, useBadgeStyles } from './TestStateBadge';

// Plain elements styled with Fluent tokens: a thousand rows of full Button and Badge components
// cost about a second to mount; these look the same and cost a fraction.
const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    ...shorthands.border('none'),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  // A quiet selection (as in Windows admin consoles), so the state badges stay readable on it.
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  name: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface AccountRowProps {
  account: AccountView;
  selected: boolean;
  t: I18n['t'];
  onSelect: (account: AccountView) => void;
}

export const AccountRow = memo(function AccountRow({ account, selected, t, onSelect }: AccountRowProps) {
  const styles = useStyles();
  const badge = useBadgeStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.row, selected && styles.selected)}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(account)}
    >
      <span className={styles.name}>{account.connectionName}</span>
      <span className={styles.badges}>
        {account.reviewFlags?.length ? (
          <span className={mergeClasses(badge.badge, badge.review)}>{t('review.badge')}</span>
        ) : null}
        {account.passwordLocked ? (
          <span className={mergeClasses(badge.badge, badge.locked)}>{t('badge.locked')}</span>
        ) : null}
        <TestStateBadge account={account} t={t} />
      </span>
    </button>
  );
});
