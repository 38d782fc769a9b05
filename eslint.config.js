// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/** Extension contexts (and the CLI): none may import another. */
const entries = ['src/background', 'src/content', 'src/cli', 'popup'];
/** Feature modules the contexts share (the reader view, the library store and page, the UI). */
const features = ['src/reader', 'src/library', 'src/ui'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Page HTML becomes markup only in src/core/sanitize.ts.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'popup/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: ['./src', './popup'],
              except: ['./core'],
              message: 'core is pure: it imports nothing outside core.',
            },
            ...entries.map((name) => ({
              target: `./${name}`,
              from: entries.filter((other) => other !== name).map((other) => `./${other}`),
              message:
                'Entry folders never import each other; share through core, ui, platform or messages.',
            })),
            ...features.map((name) => ({
              target: `./${name}`,
              from: entries.map((entry) => `./${entry}`),
              message: 'Feature modules are used by the entry folders, never the other way round.',
            })),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Only src/platform touches the extension APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // core runs in pages, extension pages and Node alike: no globals of any of them.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'location',
        'self',
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'core never touches extension APIs.' },
            { name: 'linkedom', message: 'core runs on whatever DOM it is given.' },
            { name: 'jsdom', message: 'core runs on whatever DOM it is given.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/support/firefox-bridge/**'],
    languageOptions: { globals: { ...globals.webextensions } },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', '*.config.*', 'bin/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
