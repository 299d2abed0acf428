import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ConnectionMethod } from '../../../shared/account';
import type { I18n } from '../i18n';
import { useBadgeStyles } from './TestStateBadge';

const useStyles = makeStyles({
  // In a narrow list the tag shortens itself (…) before the account's name or its test state do.
  tag: {
    color: tokens.colorBrandForeground1,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
    flexShrink: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

/**
 * Which Microsoft 365 method an account uses, in words ("Microsoft 365 · Graph"), where accounts are
 * listed. IMAP with a password is the common case and carries no tag, so the others stand out.
 */
export function MethodTag({ method, t }: { method: ConnectionMethod; t: I18n['t'] }) {
  const badge = useBadgeStyles();
  const styles = useStyles();
  if (method === 'imap') return null;
  return (
    <span
      className={mergeClasses(badge.badge, styles.tag)}
      data-method-tag={method}
      title={t(`badge.method.${method}`)}
    >
      {t(`badge.method.${method}`)}
    </span>
  );
}
