import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Layer rules of DESIGN.md §2: each folder may only point one way. */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const noDexie = { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/app/db talks to IndexedDB.' };
const noServer = { group: ['**/server/**'], message: 'The app never imports the server.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', '.bench', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.app.json', './tsconfig.node.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
  layer(['src/app/sync/**'], [noServer, noDexie, { group: ['**/features/**', '**/routes/**'], message: 'sync sits below features.' }]),
  layer(['src/app/features/**'], [noServer, noDexie, { group: ['**/routes/**'], message: 'features sit below routes.' }]),
  layer(['src/app/routes/**'], [noServer, noDexie, { group: ['**/db/**', '**/db'], message: 'Routes never touch db.' }]),
  layer(['src/app/ui/**'], [noServer, noDexie, { group: ['**/db/**', '**/features/**', '**/sync/**', '**/shared/**'], message: 'ui holds primitives with no domain.' }]),
  layer(['src/app/db/**'], [noServer, { group: ['**/features/**', '**/routes/**', '**/sync/**'], message: 'db is the bottom layer.' }]),
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
