// One theme per chunk: start-up fetches only the theme Windows shows (themes.ts).
export { webLightTheme as theme } from '@fluentui/react-components';
