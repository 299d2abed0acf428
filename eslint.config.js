import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
      // The core, shared code, CLI and renderer run without Electron; only main/platform, window and ipc may import it.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/platform, window.ts, index.ts and ipc/register.ts may import electron.',
            },
          ],
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
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/platform, window.ts, index.ts and ipc/register.ts may import electron.',
            },
          ],
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
