import { loadCatalogue } from './catalogues';
import { requestInitialAccounts } from './initial-accounts';
import { initialLocale } from './initial-locale';
import { loadTheme, systemThemeName } from './themes';

// What the first frame needs travels side by side: main's account list, the shown language, the
// Windows theme and the app's code. This entry stays small so all four start at once (issue 15, Fast).
requestInitialAccounts();
const [{ renderApp }] = await Promise.all([
  import('./render-app'),
  loadCatalogue(initialLocale()),
  loadTheme(systemThemeName()),
]);
renderApp();
