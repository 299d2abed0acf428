import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ConnectionMethod } from '../../../shared/account';
import type { I18n } from '../i18n';
import { useBadgeStyles } from './TestStateBadge';

const useStyles = makeStyles({
  // One short word: it keeps its width in a narrow list, where the account's name shortens instead.
  tag: {
    color: tokens.colorBrandForeground1,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
    flexShrink: 0,
  },
});

/**
 * Which Microsoft 365 method an account uses, where accounts are listed: a short word ("OAuth",
 * "Graph") that fits beside the name in a narrow list, the method's full name as its tooltip. IMAP
 * with a password is the common case and carries no tag, so the others stand out.
 */
export function MethodTag({ method, t }: { method: ConnectionMethod; t: I18n['t'] }) {
  const badge = useBadgeStyles();
  const styles = useStyles();
  if (method === 'imap') return null;
  return (
    <span className={mergeClasses(badge.badge, styles.tag)} data-method-tag={method} title={t(`form.method.${method}`)}>
      {t(`badge.method.${method}`)}
    </span>
  );
}
