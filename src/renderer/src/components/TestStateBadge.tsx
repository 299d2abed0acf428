import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { AccountView } from '../../../shared/account';
import { testStateLabel, testStateOf } from '../account-order';
import type { I18n } from '../i18n';

// A plain span styled with Fluent tokens: the account list shows a thousand of them, and Fluent's
// Badge costs far more to mount for the same look.
export const useBadgeStyles = makeStyles({
  badge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
  },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  failed: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  untested: { color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  review: { color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  // Not a fault of the account: the whole stick waits for its passphrase, so a neutral outline.
  locked: { color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
});

/**
 * The state of an account's last test in words ("Refused", "Connected"); a failure's code is only
 * its tooltip, for a support ticket.
 */
export function TestStateBadge({ account, t }: { account: AccountView; t: I18n['t'] }) {
  const styles = useBadgeStyles();
  const state = testStateOf(account);
  const code = state === 'failed' ? account.lastTest?.code : undefined;
  return (
    <span
      className={mergeClasses(styles.badge, styles[state])}
      data-test-state={state}
      {...(code ? { title: t('failureBadge.codeTooltip', { code }) } : {})}
    >
      {testStateLabel(account, t)}
    </span>
  );
}
