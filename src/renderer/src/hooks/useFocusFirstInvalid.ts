import { useEffect, type RefObject } from 'react';

// Fluent marks an invalid control aria-invalid; fields without one (the pinned certificate, the CA
// file) mark their wrapper data-invalid and offer their button instead.
const INVALID = '[aria-invalid="true"], [data-invalid] button';

/**
 * After each request (a Save that found errors) moves the focus to the first invalid control in
 * the order the form shows them, so a keyboard or screen-reader user lands where the work is.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, request: number | undefined): void {
  useEffect(() => {
    if (!request) return;
    container.current?.querySelector<HTMLElement>(INVALID)?.focus();
  }, [container, request]);
}
