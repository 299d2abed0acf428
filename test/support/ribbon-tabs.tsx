import { fireEvent, screen, within } from '@testing-library/react';

/** The ribbon's tabs (Home, All accounts), in order. */
function ribbonTabs(): HTMLElement[] {
  return within(screen.getByRole('tablist')).getAllByRole('tab');
}

/** The command buttons of the ribbon tab shown now. */
function shownButtons(): HTMLElement[] {
  return within(screen.getByRole('tabpanel')).queryAllByRole('button');
}

/**
 * A ribbon command's button by its name, on whichever tab it sits: the tab is shown first, as a
 * user would click it.
 */
export function ribbonButton(name: string): HTMLElement {
  const onShown = within(screen.getByRole('tabpanel')).queryByRole('button', { name });
  if (onShown) return onShown;
  for (const tab of ribbonTabs()) {
    if (tab.getAttribute('aria-selected') === 'true') continue;
    fireEvent.click(tab);
    const button = within(screen.getByRole('tabpanel')).queryByRole('button', { name });
    if (button) return button;
  }
  throw new Error(`No ribbon tab has a button "${name}".`);
}

/** Every command button of every ribbon tab, visiting the tabs in order (the first tab is shown at the end). */
export function everyRibbonButton<T>(read: (button: HTMLElement) => T): T[] {
  const values: T[] = [];
  const tabs = ribbonTabs();
  for (const tab of tabs) {
    fireEvent.click(tab);
    for (const button of shownButtons()) values.push(read(button));
  }
  if (tabs[0]) fireEvent.click(tabs[0]);
  return values;
}
