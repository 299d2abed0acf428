import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../src/renderer/src/i18n';

// Fluent's first render in jsdom takes well over a second on a busy two-core machine (CI runs the
// levels side by side): findBy… waits up to ten seconds rather than the default one. A test still
// fails at once on a wrong assertion; only waiting for what is still to come gets longer.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: Fluent's ribbon overflow and message bars only need the constructor to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/**
 * Renders a component as the app does (Fluent theme, message catalogues) and waits until the
 * language is settled. The test file stubs src/renderer/src/api (the renderer's one mock point).
 */
export async function renderWithProviders(ui: ReactElement, readyText: RegExp | string): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>{ui}</I18nProvider>
    </FluentProvider>,
  );
  await screen.findAllByText(readyText);
}
