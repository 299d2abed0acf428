import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { AccountView } from '../../../shared/account';
import { testStateLabel, testStateOf } from '../account-order';
import type { I18n } from '../i18n';

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
  badge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
  },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  failed: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  untested: { color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  review: { color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  // Not a fault of the account: the whole stick waits for its passphrase, so a neutral outline.
  locked: { color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
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
  const state = testStateOf(account);
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
          <span className={mergeClasses(styles.badge, styles.review)}>{t('review.badge')}</span>
        ) : null}
        {account.passwordLocked ? (
          <span className={mergeClasses(styles.badge, styles.locked)}>{t('badge.locked')}</span>
        ) : null}
        <span className={mergeClasses(styles.badge, styles[state])}>{testStateLabel(account, t)}</span>
      </span>
    </button>
  );
});
