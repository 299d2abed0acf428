import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  // Long lists (hundreds of results) scroll inside their dialog instead of stretching it.
  scroll: { maxHeight: '300px', overflowY: 'auto' },
  item: { display: 'contents' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface MarkedItem {
  key: string;
  /** A status icon or a badge, read out before the title. */
  marker: ReactNode;
  title: ReactNode;
  detail: ReactNode;
  extra?: ReactNode;
}

/** A labelled list of results, each a marker, a title and a detail line: folders, test results, an import plan. */
export function MarkedList({ label, items, scroll = false }: { label: string; items: MarkedItem[]; scroll?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, scroll && styles.scroll)} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          {item.marker}
          <span className={styles.text}>
            {item.title}
            <Text size={200} className={styles.detail}>
              {item.detail}
            </Text>
            {item.extra}
          </span>
        </li>
      ))}
    </ul>
  );
}
