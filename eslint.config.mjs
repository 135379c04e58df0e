// One lint config for the monorepo (typescript-eslint without type information: fast, and TS 5.9-safe).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { boundariesPlugin } from './api/src/common/architecture/table-boundaries-rule.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test/artifacts/**', '.test-scripts/**', 'client/src/shared/api/schema.d.ts'] },
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
    files: ['api/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs,js}', 'scripts/**/*.mjs', '*.mjs'],
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
    languageOptions: { globals: { ...globals.vitest } },
    // Tests read loosely typed JSON responses.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // One error-code registry (api/src/openapi/error-codes.ts): a capability makes its errors with
    // `domainErrorsOf(<its code list>)` in its `<x>.errors.ts`, which takes only listed codes. Constructing a
    // DomainError directly anywhere else would let an unlisted code reach the client untranslated.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/common/errors/**', 'api/src/**/*.spec.ts', 'api/src/**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DomainError']",
          message: 'Make the error in its capability\'s <x>.errors.ts with domainErrorsOf(<code list>), so its code is in the registry (api/src/openapi/error-codes.ts).',
        },
      ],
    },
  },
  {
    // The payment simulator is an outside party (a pretend Midtrans and its payers' bank app) that happens to run in
    // this process: it speaks HTTP only and shares no code with the marketplace. It may use the generic infrastructure
    // (common/: error shape, rate limits, self URL; config/; database/) and the route-metadata decorators of
    // auth/access.decorators (Public, ClientIp, read by the app-wide guard), nothing of the marketplace's capabilities.
    files: ['api/src/payment-simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(payments|orders|wallet|scenarios|classes|catalog|chat|clock|shipping|missions|notifications|reports|reviews|media|regions|seed|backup|realtime|web|health|openapi)(/|$)',
              message: 'The payment simulator is an outside party: it talks to the marketplace over HTTP only and imports none of its code.',
            },
            {
              regex: '^(\\.\\./)+auth/(?!access\\.decorators\\.js$)',
              message: 'The payment simulator may use only the route decorators of auth/access.decorators.js.',
            },
            {
              regex: '^(\\.\\./)+(app\\.module|create-app)(\\.js)?$',
              message: 'The payment simulator is wired by app.module.ts, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    // …and nothing of the marketplace imports the simulator: payments reach it as a gateway (PAYMENT_GATEWAY_URL) and
    // as a payer through payments/payer-client.ts, both over HTTP. Only the wiring (module list, body parser) names it.
    files: ['api/**/*.ts', 'test/**/*.ts'],
    // error-codes.spec.ts reads the simulator's refusal codes only to hold the marketplace's copy equal to them.
    ignores: ['api/src/payment-simulator/**', 'api/src/app.module.ts', 'api/src/create-app.ts', 'api/src/openapi/error-codes.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)payment-simulator(/|$)',
              message: 'The payment simulator is an outside party: reach it over HTTP (payments/payment-gateway.ts, payments/payer-client.ts), never by import.',
            },
          ],
        },
      ],
    },
  },
  {
    // Boundaries for data: a capability names in SQL only the tables it owns, and every table has an owner
    // (api/src/common/architecture/table-owners.mjs). Specs may look at any table to check what happened.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/**/*.spec.ts', 'api/src/**/*.int-spec.ts'],
    plugins: { boundaries: boundariesPlugin },
    rules: { 'boundaries/table-owner': 'error' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
