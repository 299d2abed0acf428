import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toggle: { justifyContent: 'flex-start', alignSelf: 'flex-start' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AdvancedSectionProps {
  /** A field inside holds a value of its own or an error: the section opens by itself. */
  holdsSomething: boolean;
  /** Changes when the page asks to show the first invalid field (Save): an error inside reopens it. */
  revealRequest?: number;
  hasError: boolean;
  /** What the closed section holds, in a few words. */
  summary: string;
  children: ReactNode;
}

/**
 * A disclosure for the settings most accounts never need, so the seed's fields come first. Its
 * content is mounted only while open, so what is hidden takes no tab stops.
 */
export function AdvancedSection({ holdsSomething, revealRequest, hasError, summary, children }: AdvancedSectionProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const bodyId = useId();
  const [open, setOpen] = useState(holdsSomething);
  // Opens when something arrives inside (a pinned certificate, an error); never closes by itself,
  // so a section the user opened stays open.
  const [seen, setSeen] = useState({ holdsSomething, revealRequest });
  if (seen.holdsSomething !== holdsSomething || seen.revealRequest !== revealRequest) {
    setSeen({ holdsSomething, revealRequest });
    if ((holdsSomething && !seen.holdsSomething) || (hasError && seen.revealRequest !== revealRequest)) setOpen(true);
  }
  return (
    <section className={styles.section} aria-label={t('form.advanced')}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <Text weight="semibold" size={400}>
          {t('form.advanced')}
        </Text>
      </Button>
      <div id={bodyId} className={styles.body}>
        {open ? children : <Text size={200}>{summary}</Text>}
      </div>
    </section>
  );
}
