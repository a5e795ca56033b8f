import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeOnly = [
  'fastify',
  'fastify-plugin',
  '@fastify/*',
  'ws',
  'better-sqlite3',
  'pg',
  'node:*',
  'fs',
  'path',
  'http',
  'net',
];
const uiOnly = ['react', 'react-dom', 'react-dom/*', 'react-konva', 'konva', 'konva/*', 'zustand', 'zustand/*'];
const webToRelay = {
  group: ['@notevote/relay', '**/apps/relay/**', ...nodeOnly],
  message: 'The web app talks to the relay only over the network.',
  // Module names are case-sensitive: 'path' must not refuse konva/lib/shapes/Path.
  caseSensitive: true,
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      // Circular imports make module initialisation order fragile; Yjs' own lint forbids them too.
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The board package is pure domain logic: no UI, no server, no network. (Its tests may read files.)
    files: ['packages/board/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeOnly, ...uiOnly, '@notevote/*'],
              message: 'packages/board is pure TypeScript: no DOM, React, Node or network imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the document layer (and the tally tracker that observes it) touches Yjs; the rest is plain data.
    files: [
      'packages/board/src/{schema,geometry,votes,heatmap,identity,rules,presence,clusters,timer}/**/*.ts',
      // The report's formatters work on the plain outcome; only its builder and scene read the document.
      'packages/board/src/report/{types,markdown,markdown-text,csv,time,base64}.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['yjs', ...nodeOnly, ...uiOnly, '@notevote/*'],
              message: 'Only src/doc and src/tally import yjs; keep this module plain data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/relay/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...uiOnly, '@notevote/web', '**/apps/web/**'],
              message: 'The relay knows nothing of the web app or React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [webToRelay] }],
    },
  },
  {
    // Each language but English is a chunk of its own, fetched when the page speaks it (i18n/catalogs.ts); the app
    // importing every language at once would put all six back into its first download. Tests may.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            webToRelay,
            {
              group: ['**/all-catalogs'],
              message: 'Only tests load every language: the app loads one at a time (loadCatalog in i18n/catalogs.ts).',
            },
            {
              // react-konva's entry registers all of Konva (filters, Transformer, TextPath…), 17 KB gzip no board draws.
              group: ['react-konva', 'react-konva/*'],
              message: 'Import Konva components from canvas/konva.ts, which registers only the shapes the app draws.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/canvas/konva.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webToRelay] }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
