import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled, SubtractCircle16Regular } from '@fluentui/react-icons';
import type { StageStatus } from '../../../shared/connection-test';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
});

/** The ok / failed / skipped mark of a test stage or a detection probe, named for screen readers. */
export function StatusIcon({ status }: { status: StageStatus }) {
  const styles = useStyles();
  const { t } = useI18n();
  const label = t(`report.stage.${status}`);
  if (status === 'ok') return <CheckmarkCircle16Filled className={styles.ok} aria-label={label} />;
  if (status === 'failed') return <DismissCircle16Filled className={styles.failed} aria-label={label} />;
  return <SubtractCircle16Regular className={styles.skipped} aria-label={label} />;
}
