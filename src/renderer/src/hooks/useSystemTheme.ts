import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { DARK_QUERY, HIGH_CONTRAST_QUERY, loadTheme, systemThemeName, themeOf, type ThemeName } from '../themes';

export interface SystemTheme {
  name: ThemeName;
  theme: Theme;
}

/**
 * The Windows theme (light, dark or a contrast theme), followed live as the user changes it; a
 * switch shows once the new theme's tokens have loaded. main.tsx loads the first before rendering.
 */
export function useSystemTheme(): SystemTheme {
  const [current, setCurrent] = useState<SystemTheme>(() => {
    const name = systemThemeName();
    const theme = themeOf(name);
    if (!theme) throw new Error(`The ${name} theme must be loaded before the window renders.`);
    return { name, theme };
  });
  useEffect(() => {
    const queries = [window.matchMedia(HIGH_CONTRAST_QUERY), window.matchMedia(DARK_QUERY)];
    let latest = 0;
    const update = () => {
      const name = systemThemeName();
      const request = ++latest;
      // Only the last switch counts: a slow load must not undo a later one.
      void loadTheme(name).then((theme) => {
        if (request === latest) setCurrent({ name, theme });
      });
    };
    for (const query of queries) query.addEventListener('change', update);
    return () => {
      for (const query of queries) query.removeEventListener('change', update);
    };
  }, []);
  return current;
}
