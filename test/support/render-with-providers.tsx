import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../src/renderer/src/i18n';

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
