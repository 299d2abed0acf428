import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const HIGH_CONTRAST = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

function systemTheme(): ThemeName {
  if (window.matchMedia(HIGH_CONTRAST).matches) return 'highContrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** The Windows theme (light, dark or a contrast theme), followed live as the user changes it. */
export function useSystemTheme(): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(systemTheme);
  useEffect(() => {
    const queries = [window.matchMedia(HIGH_CONTRAST), window.matchMedia(DARK)];
    const update = () => setTheme(systemTheme());
    for (const query of queries) query.addEventListener('change', update);
    return () => {
      for (const query of queries) query.removeEventListener('change', update);
    };
  }, []);
  return theme;
}
