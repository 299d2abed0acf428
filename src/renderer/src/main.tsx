import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadCatalogue } from './catalogues';
import { I18nProvider, initialLocale } from './i18n';

// The first words before the first frame: only the language shown is loaded (catalogues.ts).
await loadCatalogue(initialLocale());
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
