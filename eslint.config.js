import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is data: render it as text, never as HTML.',
        },
        {
          selector: 'TSAsExpression > TSTypeReference[typeName.name=/^(Article|ArticleIndexPage)$/]',
          message: 'Validate fetched data at the boundary instead of asserting its type.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/content is pure: the same code runs in the build, the CLI and the browser.
    files: ['src/content/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021, TextDecoder: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'url'], message: 'src/content is pure: no Node APIs.' },
            { group: ['react', 'react-*', '@tanstack/*'], message: 'src/content is pure: no React or fetching.' },
            { group: ['../*', '!../content/*'], message: 'src/content imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process', 'Buffer', 'localStorage'],
    },
  },
  {
    // src/site is pure too: the site's contract, used by the build, the app and the service worker.
    files: ['src/site/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021, URLSearchParams: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'url'], message: 'src/site is pure: no Node APIs.' },
            { group: ['react', 'react-*', '@tanstack/*'], message: 'src/site is pure: no React or fetching.' },
            { regex: '^\\.\\./(?!content/)', message: 'src/site imports only src/content.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process', 'Buffer', 'localStorage', 'caches'],
    },
  },
);
