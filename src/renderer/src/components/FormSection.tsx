import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { paddingBottom: tokens.spacingVerticalS },
});

/** A titled group of form fields: a fieldset, so a screen reader names the group with each field. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Text weight="semibold" size={400}>
          {title}
        </Text>
      </legend>
      {children}
    </fieldset>
  );
}
