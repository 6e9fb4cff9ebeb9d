import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import { layersPlugin } from './tests/lint/layers-rule.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.floor-dist',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'tests/e2e/.artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Data is untrusted: never inject HTML. Links from data go through safeHttpUrl().
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML injection: render text.',
        },
        {
          selector: "Property[key.name='innerHTML']",
          message: 'No innerHTML: build DOM nodes or render text.',
        },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML.' },
      ],
      // noUncheckedIndexedAccess types arr[i] as possibly undefined even inside bounds-checked loops;
      // the assertion states what the loop already guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One direction of imports, lib -> domain -> api -> components -> features -> app (every rank
    // in tests/lint/layers-rule.js).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'layers/one-direction': 'error',
      // Browser code: Node's modules and globals belong in tools/. (The type check cannot tell: a
      // dependency's types, papaparse's, pull in Node's.)
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Node only: tools/.' }] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'global', '__dirname', '__filename', 'require'],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx,js,mjs}',
      'mocks/**/*.ts',
      'tools/**/*.ts',
      'vite.config.ts',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
