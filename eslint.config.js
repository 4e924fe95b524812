// One linter for the whole tree. Besides the usual checks it enforces the layer boundaries of
// architecture.md: core is pure, and each heavy dependency has exactly one home folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const dexie = { name: 'dexie', message: 'Only src/storage may import Dexie.' };
const xlsx = { name: '@e965/xlsx', message: 'Only src/excel may import SheetJS.' };
const xlsxOld = {
  name: 'xlsx',
  message: 'Use @e965/xlsx (0.20.3) in src/excel; npm xlsx 0.18.5 is vulnerable.',
};
const solidOnlyUi = {
  group: ['solid-js', 'solid-js/*'],
  message: 'Only src/ui (and src/main.tsx) may import Solid.',
};

/** no-restricted-imports for a folder, forbidding the given names and patterns. */
const restrict = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  {
    ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report', 'bench-out'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    ...solid,
  },
  // src/core: pure. No Dexie, Solid, SheetJS, and no DOM globals.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      ...restrict([dexie, xlsx, xlsxOld], [solidOnlyUi]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map(
          (name) => ({ name, message: 'src/core is pure: no DOM or browser globals.' }),
        ),
      ],
    },
  },
  { files: ['src/excel/**/*.ts'], rules: restrict([dexie, xlsxOld], [solidOnlyUi]) },
  { files: ['src/storage/**/*.ts'], rules: restrict([xlsx, xlsxOld], [solidOnlyUi]) },
  { files: ['src/workers/**/*.ts'], rules: restrict([dexie, xlsx, xlsxOld], [solidOnlyUi]) },
  { files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'], rules: restrict([dexie, xlsx, xlsxOld]) },
  prettier,
);
