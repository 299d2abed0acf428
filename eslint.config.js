import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The core, shared code, CLI and renderer run without Electron (the CLI and the tests run them on plain Node).
const ELECTRON_ONLY_IN_MAIN = {
  name: 'electron',
  message: 'Electron belongs to src/main (its shell, ipc/register.ts and platform/); this layer runs without it.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'coverage/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/cli/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY_IN_MAIN],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core answers with message keys and parameters; the window, the CLI and the menu choose the
      // language. The catalogue (and anything that renders it) stays out, types aside.
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY_IN_MAIN],
          patterns: [
            {
              regex: '(^|/)shared/i18n(/(index|en|de))?$',
              allowTypeImports: true,
              message: 'The core returns messages (src/shared/i18n/message.ts), never text: the edges translate them.',
            },
            {
              regex: '(^|/)shared/(report-text|diagnostics)$',
              allowTypeImports: true,
              message: 'Rendering a report into words is for the window and the CLI, not the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        AbortController: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
);
