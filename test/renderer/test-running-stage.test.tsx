import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TestReportView } from '../../src/renderer/src/components/TestReportView';
import { I18nProvider } from '../../src/renderer/src/i18n';
import type { AppEvent } from '../../src/shared/app-events';
import { installFakeApi } from '../support/fake-window-api';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function pushedEvents() {
  const listeners = new Set<(event: AppEvent) => void>();
  installFakeApi({
    onAppEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  // The view subscribes in an effect, which may run a moment after its text is on screen.
  return async (event: AppEvent) => {
    await waitFor(() => expect(listeners.size).toBe(1));
    act(() => listeners.forEach((listener) => listener(event)));
  };
}

const view = (runningSince: number | undefined) => (
  <TestReportView
    report={undefined}
    runningSince={runningSince}
    trustedFingerprint=""
    onTrust={() => undefined}
    onCopyDiagnostics={() => undefined}
    server="mail.contoso.local"
    onCreateFolders={() => undefined}
  />
);

describe('the running test shows the stage main pushed', () => {
  it('names the stage the test is in, the latest one pushed', async () => {
    const push = pushedEvents();
    await renderWithProviders(view(Date.now()), /^Testing the connection… \d+ s \(Esc cancels\)$/);
    await push({ type: 'connectionTestStage', stage: 'tcp' });
    expect(screen.getByText(/^Testing the connection… \d+ s, now: Connection \(Esc cancels\)$/)).toBeTruthy();
    await push({ type: 'connectionTestStage', stage: 'auth' });
    expect(screen.getByText(/, now: Sign-in \(Esc cancels\)$/)).toBeTruthy();
    // Test all's events are not this test's.
    await push({
      type: 'testAllProgress',
      progress: {
        total: 1,
        done: 0,
        ok: 0,
        failed: 0,
        running: 1,
        serverLimits: {},
        cancelled: false,
        finished: false,
      },
    });
    expect(screen.getByText(/, now: Sign-in \(Esc cancels\)$/)).toBeTruthy();
  });

  it('names the stage in German words when the window is German', async () => {
    window.localStorage.setItem('mailbox-connect.locale', 'de');
    const push = pushedEvents();
    await renderWithProviders(view(Date.now()), /^Verbindung wird getestet… \d+ s \(Esc bricht ab\)$/);
    await push({ type: 'connectionTestStage', stage: 'greeting' });
    expect(
      screen.getByText(/^Verbindung wird getestet… \d+ s, Schritt: Begrüßung des Servers \(Esc bricht ab\)$/),
    ).toBeTruthy();
    await push({ type: 'connectionTestStage', stage: 'auth' });
    expect(screen.getByText(/, Schritt: Anmeldung \(Esc bricht ab\)$/)).toBeTruthy();
  });

  it('a new test starts without the last one’s stage', async () => {
    const push = pushedEvents();
    const inApp = (runningSince: number | undefined) => (
      <FluentProvider theme={webLightTheme}>
        <I18nProvider>{view(runningSince)}</I18nProvider>
      </FluentProvider>
    );
    const { rerender } = render(inApp(1_000));
    await screen.findByText(/^Testing the connection…/);
    await push({ type: 'connectionTestStage', stage: 'mailbox' });
    expect(screen.getByText(/now: Mailbox/)).toBeTruthy();
    // The same view, the test ended and another began: no stage until this one's first arrives.
    rerender(inApp(undefined));
    rerender(inApp(2_000));
    expect(screen.getByText(/^Testing the connection… \d+ s \(Esc cancels\)$/)).toBeTruthy();
    await push({ type: 'connectionTestStage', stage: 'dns' });
    expect(screen.getByText(/now: Name lookup \(DNS\)/)).toBeTruthy();
  });
});
