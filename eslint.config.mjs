import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-size/**', 'storybook-static/**', '**/node_modules/**', 'storybook-static/**', 'packages/elements/src/generated/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', importNames: ['z'], message: "Use `import * as z from 'zod/mini'` (see packages/sdk/src/schema/zod.ts)." }],
        patterns: [{ group: ['lit/directives/unsafe-html.js', 'lit/directives/unsafe-svg.js'], message: 'Data text is rendered as text: never unsafeHTML.' }],
      }],
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
