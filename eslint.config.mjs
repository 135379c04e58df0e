// One lint config for the monorepo (typescript-eslint without type information: fast, and TS 5.9-safe).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test/artifacts/**', 'client/src/shared/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['api/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs,js}', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Nest resolves constructor parameters from emitted type metadata, so a class imported only as a
    // constructor type must stay a value import.
    files: ['api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['api/**/*.spec.ts', 'api/**/*.int-spec.ts', 'api/test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    // Tests read loosely typed JSON responses.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
