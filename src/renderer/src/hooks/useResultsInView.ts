import { useEffect, useRef, useState } from 'react';

/** What the results column shows: a test or a detection, running or finished. */
export interface ResultsState {
  /** Set while a test or detection runs (a test's start time, or true); undefined while none runs. */
  running: number | true | undefined;
  /** The finished test report or detection (any object: only its identity is compared). */
  result: object | undefined;
}

/** Whether the user is typing: moving the focus away then would swallow their next keys. */
function typingIn(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/**
 * Scrolls the column's top into view, unless it is already in the upper half of the window (beside
 * the form on a wide window): moving then would only hide the page's heading.
 */
function showTop(element: HTMLElement): void {
  const { top } = element.getBoundingClientRect();
  if (top >= 0 && top < window.innerHeight / 2) return;
  element.scrollIntoView({ block: 'start' });
}

/** What the user does to take the scroll position over, which ends the pinning. */
const USER_TAKES_OVER = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Keeps the verdict in view (issue 15, item 1). Below 1200 px the results column drops under the
 * form, some fifteen fields down, so a finished test would be read by nobody: when a test starts
 * the column is scrolled into view, and when its result arrives the column is scrolled to and
 * focused, so a screen reader reads the headline too (the focus stays where it is while the user
 * types in a field). The report's parts load and grow after it arrives, so the column stays pinned
 * to its top as it grows, until the user scrolls, clicks or presses a key.
 */
export function useResultsInView({ running, result }: ResultsState) {
  // A callback ref: the column exists only while an account is open.
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const shown = useRef<{ running?: number | true; result?: object }>({});
  const pinned = useRef(false);

  useEffect(() => {
    // jsdom has no ResizeObserver: there is no layout to follow there.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (pinned.current) showTop(element);
    });
    observer.observe(element);
    const unpin = () => void (pinned.current = false);
    for (const type of USER_TAKES_OVER) window.addEventListener(type, unpin, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      for (const type of USER_TAKES_OVER) window.removeEventListener(type, unpin, { capture: true });
    };
  }, [element]);

  useEffect(() => {
    const previous = shown.current;
    shown.current = { running, result };
    if (!element) return;
    if (running !== undefined && running !== previous.running) {
      pinned.current = false;
      element.scrollIntoView({ block: 'nearest' });
    }
    if (result !== undefined && result !== previous.result) {
      pinned.current = true;
      showTop(element);
      if (!typingIn(document.activeElement)) element.focus({ preventScroll: true });
    }
  }, [element, running, result]);
  return setElement;
}
