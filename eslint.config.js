// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

const features = [
  'customers',
  'device-batches',
  'devices',
  'device-uploads',
  'device-changes',
  'profiles',
];

/**
 * One-way imports, as in bulletproof-react: shared (components, lib, config, testing) → features → app.
 * Features never import each other; the emulator and server never import the dashboard's code.
 */
const importBoundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in src/app.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app layer.',
  },
  {
    target: ['./src/components', './src/lib', './src/config'],
    from: ['./src/features', './src/app'],
    message: 'Shared code does not import features or the app layer.',
  },
  {
    target: './src',
    from: ['./emulator', './server', './e2e', './bench', './scripts'],
    message: 'The dashboard does not import the local servers or test code.',
  },
  {
    target: ['./emulator', './server'],
    from: './src',
    message:
      'The local servers are written from docs/partner-center-api.md, not from the client code.',
  },
];

// Schemas run before the first page renders: zod/mini is a third of zod's size in the bundle.
const zodMiniOnly = {
  name: 'zod',
  message: "Use 'zod/mini' in the dashboard: it keeps the first load small.",
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
      '.local',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importBoundaries }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '{src,e2e,emulator,server,scripts,bench}/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,e2e,emulator,server,scripts,bench}/**/': 'KEBAB_CASE' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      // The API client is one long-lived instance, infrastructure rather than a query input.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['ApiClient'] } }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Nothing from the API is rendered as HTML.',
        },
        {
          selector: 'JSXText[value=/[A-Za-z]/]',
          message: 'UI text comes from the message catalogues: use t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|label|alt|description|aria-description)$/] > Literal[value=/[A-Za-z]/]',
          message: 'UI text comes from the message catalogues: use t().',
        },
      ],
    },
  },
  {
    // MSAL is larger than React: only its own lazily loaded chunk may import it (see main.tsx).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/auth/msal/**', 'src/redirect-bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodMiniOnly],
          patterns: [
            {
              group: ['@azure/msal-*'],
              message:
                'MSAL loads lazily: import it only in src/lib/auth/msal/, and use AuthSession or AuthStatus elsewhere.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/auth/msal/**', 'src/redirect-bridge.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodMiniOnly] }] },
  },
  {
    files: ['{emulator,server,scripts,bench,e2e}/**/*.ts', '*.config.ts', '*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`, and
    // `expect(instance.method)` on a mock reads a method without calling it.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
