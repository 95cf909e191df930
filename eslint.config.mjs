import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-size/**',
      'storybook-static/**',
      '**/node_modules/**',
      'storybook-static/**',
      'packages/elements/src/generated/**',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  { files: ['packages/elements/src/**/*.ts'], ...litA11y.configs.recommended },
  { files: ['packages/elements/src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    // Type-aware rules. In what ships, a promise nobody handles is a rejection that reaches the host
    // page (`void` does not handle it, so it is not accepted); in tests, an assertion that is not
    // awaited (`expect(el).to.be.accessible()`) is a test that cannot fail.
    files: ['packages/*/src/**/*.ts', 'packages/*/test/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          ignoreVoid: false,
          allowForKnownSafeCalls: [
            // semantic-dom-diff types every chai `equal` as async; only `.dom.equal` is.
            {
              from: 'file',
              name: ['Equal', 'equal', 'equals', 'eq'],
              path: 'node_modules/@open-wc/semantic-dom-diff/chai-dom-diff-plugin.d.ts',
            },
            // node:test's describe/it return promises the runner itself awaits.
            {
              from: 'package',
              name: ['it', 'describe', 'test', 'before', 'after', 'beforeEach', 'afterEach'],
              package: 'node:test',
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Test servers and drivers hand async handlers to Node and puppeteer; a rejection there ends the
    // test process, which is loud enough.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              importNames: ['z'],
              message: "Use `import * as z from 'zod/mini'` (see packages/sdk/src/schema/zod.ts).",
            },
          ],
          patterns: [
            {
              group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'],
              message: 'Data text is rendered as text: never unsafeHTML.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['demo/**/*.js', 'test/embed/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.mjs', 'scripts/**', '.storybook/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
