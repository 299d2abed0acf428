import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '../../src/renderer/src/i18n';
import { message } from '../../src/shared/i18n/message';
import { loadCatalogue } from '../../src/renderer/src/catalogues';

const setLocale = vi.fn(() => new Promise<never>(() => undefined));
vi.mock('../../src/renderer/src/api', () => ({ getApi: () => ({ setLocale }) }));

function Words() {
  const { t, tMessage } = useI18n();
  return (
    <p>
      {t('nav.overview')} · {tMessage(message('testAll.cancelled'))}
    </p>
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the window at start', () => {
  it('shows its words at once, without waiting for main to take its language', async () => {
    // Main answers with messages, translated here: only what main draws itself needs its language,
    // so a main that has not answered yet (here: never) must not keep the window blank. The
    // catalogue is loaded first, as main.tsx does before the first render.
    window.localStorage.setItem('mailbox-connect.locale', 'de');
    await loadCatalogue('de');
    render(
      <I18nProvider>
        <Words />
      </I18nProvider>,
    );
    expect(screen.getByText('Übersicht · abgebrochen')).toBeTruthy();
    expect(setLocale).toHaveBeenCalledWith('de');
    expect(document.documentElement.lang).toBe('de');
  });
});
