// Lint for the whole project: TypeScript rules on src, tests and scripts, the Astro
// plugin on .astro files, and the project's own import conventions.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.generated/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Full-width spaces (U+3000) are real characters of Chinese text, in strings and patterns.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The island imports lib modules directly so the bundler can keep the engine out of its
    // first chunk (see islands/assessment/results.ts); from the barrel it may import types only.
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../../lib/assessment',
              message: 'Import values from the module itself; the barrel is for types only.',
              allowTypeImports: true,
            },
            {
              name: '../../lib/assessment/index',
              message: 'Import values from the module itself; the barrel is for types only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
