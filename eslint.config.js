import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Layer rules of DESIGN.md §2: each folder may only point one way. */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
/** An import of the app folder `name` from anywhere inside src/app (relative paths only). */
const appFolder = (name, message) => ({ regex: `^(\\.\\./)+${name}(/|$)`, message });
const noDexie = { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/app/db talks to IndexedDB.' };
const noServer = { group: ['**/server/**'], message: 'The app never imports the server.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', '.bench', 'bench-results', 'test-results', 'test-results-*', '.e2e-dist-*', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.app.json', './tsconfig.node.json', './tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/app/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every user-visible string goes through i18next.
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'Use t() for user-visible text.' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/\\p{L}/u]',
          message: 'Use t() for user-visible text.',
        },
      ],
    },
  },
  layer(['src/shared/**'], [
    { group: ['**/app/**', '**/server/**', 'react', 'dexie', 'fastify', 'kysely'], message: 'shared imports nothing from app or server.' },
  ]),
  layer(['src/server/**'], [{ group: ['**/app/**', 'react', 'dexie'], message: 'The server never imports the app.' }]),
  layer(['src/app/sync/**'], [noServer, noDexie, appFolder('features', 'sync sits below features.'), appFolder('routes', 'sync sits below routes.')]),
  layer(['src/app/api/**'], [noServer, noDexie, ...['features', 'routes', 'sync', 'db'].map((f) => appFolder(f, 'api is a bare HTTP client below features.'))]),
  layer(['src/app/features/**'], [noServer, noDexie, appFolder('routes', 'features sit below routes.')]),
  // Feature queries wrap useLiveQuery (STYLE.md); they still reach tables only through src/app/db.
  layer(['src/app/features/**/queries.ts'], [noServer, { group: ['dexie'], message: 'Only src/app/db talks to IndexedDB.' }]),
  layer(['src/app/routes/**'], [noServer, noDexie, appFolder('db', 'Routes never touch db.'), appFolder('sync', 'Routes never touch sync.')]),
  layer(['src/app/ui/**'], [noServer, noDexie, ...['db', 'features', 'sync', 'routes'].map((f) => appFolder(f, 'ui holds primitives with no domain.')), { group: ['**/shared/**'], message: 'ui holds primitives with no domain.' }]),
  layer(['src/app/db/**'], [noServer, ...['features', 'routes', 'sync'].map((f) => appFolder(f, 'db is the bottom layer of the app.'))]),
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
