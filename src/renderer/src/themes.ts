import type { Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

/**
 * Fluent's themes are large tables of tokens: start-up loads only the one Windows shows (main.tsx
 * asks for it beside the app's code), another when the user switches Windows' theme.
 */
const LOADERS: Readonly<Record<ThemeName, () => Promise<Theme>>> = {
  light: async () => (await import('./themes/light')).theme,
  dark: async () => (await import('./themes/dark')).theme,
  highContrast: async () => (await import('./themes/high-contrast')).theme,
};

const loaded = new Map<ThemeName, Theme>();

export const HIGH_CONTRAST_QUERY = '(forced-colors: active)';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme Windows asks for now: a contrast theme wins over dark and light. */
export function systemThemeName(): ThemeName {
  if (window.matchMedia(HIGH_CONTRAST_QUERY).matches) return 'highContrast';
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export async function loadTheme(name: ThemeName): Promise<Theme> {
  const theme = loaded.get(name) ?? (await LOADERS[name]());
  loaded.set(name, theme);
  return theme;
}

/** A loaded theme, or undefined while it is still on its way. */
export function themeOf(name: ThemeName): Theme | undefined {
  return loaded.get(name);
}
