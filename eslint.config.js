import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';

const root = import.meta.dirname;

/**
 * The layers of the code, as import-x/no-restricted-paths zones: each zone's `target` may not
 * import from its `from`. Imports run one way:
 *
 *   src/content ← src/site ← src/data ← src/components ← src/containers ← src/routes ← src/app
 *
 * src/sitegen (the static-site generator) takes only content and site; src/sw (the service
 * worker) only site and content. Nothing in src/ imports scripts/ or tests/, and scripts/ never
 * imports tests/ or playwright.config.ts.
 */
const order = [
  'src/content',
  'src/site',
  'src/data',
  'src/components',
  'src/containers',
  'src/routes',
  'src/app',
];
const tools = ['src/sitegen', 'src/sw', 'scripts', 'tests'];

const above = (layer) => order.slice(order.indexOf(layer) + 1);

/** @type {Array<{ target: string, from: string[], message: string }>} */
const layerZones = [
  ...order.map((layer) => ({
    target: layer,
    from: [...above(layer), ...tools],
    message: `${layer} sits below ${above(layer).join(', ') || 'nothing'}: imports run content ← site ← data ← components ← containers ← routes ← app.`,
  })),
  {
    target: 'src/sitegen',
    from: [
      'src/data',
      'src/components',
      'src/containers',
      'src/routes',
      'src/app',
      'src/sw',
      'scripts',
      'tests',
    ],
    message: 'The site generator takes only src/content and src/site.',
  },
  {
    target: 'src/sw',
    from: [
      'src/data',
      'src/components',
      'src/containers',
      'src/routes',
      'src/app',
      'src/sitegen',
      'scripts',
      'tests',
    ],
    message: 'The service worker takes only src/content and src/site.',
  },
  {
    target: 'scripts',
    from: ['tests', 'playwright.config.ts'],
    message: 'Scripts never import test code: shared helpers live in scripts/support.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      '.cache',
    ],
  },
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
          selector:
            'TSAsExpression > TSTypeReference[typeName.name=/^(Article|ArticleIndexPage)$/]',
          message: 'Validate fetched data at the boundary instead of asserting its type.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/content and src/site are pure: the same code runs in the build, the CLI, the browser and
    // the service worker.
    files: ['src/content/**/*.ts', 'src/site/**/*.ts'],
    languageOptions: {
      globals: { ...globals.es2021, TextDecoder: 'readonly', URLSearchParams: 'readonly' },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'url'], message: 'Pure code: no Node APIs.' },
            {
              group: ['react', 'react-*', '@tanstack/*'],
              message: 'Pure code: no React or fetching.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'fetch',
        'process',
        'Buffer',
        'localStorage',
        'caches',
      ],
    },
  },
  {
    // The layers: imports run one way, content ← site ← data ← components ← containers ← routes ←
    // app; the site generator and the service worker take only what they need; tools never import
    // test code. tests/lint/layers.test.ts proves each zone fires.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }] },
  },
);
