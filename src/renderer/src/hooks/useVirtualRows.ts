import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Rows drawn beyond each edge of the view, so a quick scroll does not show blank space first. */
const OVERSCAN = 8;
/** Until the list is measured (first frame, or jsdom, which lays nothing out): about a window's height. */
const UNMEASURED_HEIGHT = 640;

export interface VirtualRows {
  /** The rows to draw: [start, end). */
  start: number;
  end: number;
  /** Whole rows the view holds: the step of PgUp and PgDn. */
  pageSize: number;
  /** Scrolls just enough that row `index` is in view (as a list does when the keyboard moves). */
  reveal: (index: number) => void;
}

/**
 * Virtualisation of a list of fixed-height rows in the scrolling element `ref`: only the rows in view,
 * plus a few, are drawn, so a thousand accounts cost what twenty do. Heights are fixed, so which rows
 * are in view follows from scrollTop alone, with nothing measured per row.
 */
export function useVirtualRows(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number): VirtualRows {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(UNMEASURED_HEIGHT);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    };
    const onScroll = () => setScrollTop(element.scrollTop);
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    // jsdom has no ResizeObserver: there the unmeasured height stands.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [ref]);

  const reveal = useCallback(
    (index: number) => {
      const element = ref.current;
      if (!element) return;
      const top = index * rowHeight;
      const view = element.clientHeight > 0 ? element.clientHeight : height;
      let next = element.scrollTop;
      if (top < next) next = top;
      else if (top + rowHeight > next + view) next = top + rowHeight - view;
      if (next !== element.scrollTop) element.scrollTop = next;
      // Drawn in this render already, without waiting for the scroll event.
      setScrollTop(element.scrollTop);
    },
    [ref, rowHeight, height],
  );

  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(height / rowHeight) + 1;
  return {
    start: Math.max(0, first - OVERSCAN),
    end: Math.min(count, first + visible + OVERSCAN),
    pageSize: Math.max(1, Math.floor(height / rowHeight)),
    reveal,
  };
}
