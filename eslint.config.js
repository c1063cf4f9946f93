// Lint for the whole project: TypeScript rules on src, tests and scripts, the Astro
// plugin on .astro files, and the project's own import conventions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

/**
 * The files Node loads when Astro imports astro.config.mjs: the relative imports that
 * survive type stripping (`import type` is erased), followed from the config. An
 * extensionless import is followed as the bundler would resolve it, so that the rule
 * below flags it and the files behind it stay in scope.
 */
function filesLoadedWithConfig(entry) {
  const seen = new Set();
  const file = (path) => [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`].find((p) => existsSync(p) && statSync(p).isFile());
  const visit = (path) => {
    if (!path || seen.has(path)) return;
    seen.add(path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const specifiers = [];
    const walk = (node) => {
      if ((ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) || (ts.isExportDeclaration(node) && !node.isTypeOnly)) {
        if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
    for (const specifier of specifiers) if (specifier.startsWith('.')) visit(file(resolve(dirname(path), specifier)));
  };
  visit(resolve(import.meta.dirname, entry));
  return [...seen].map((path) => relative(import.meta.dirname, path));
}

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
    // Where code runs is its folder (README, src/*/tsconfig.json): pure logic imports neither
    // browser nor build-time code; browser code imports no build-time code.
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(client|node)(/|$)',
              message: 'src/shared is pure logic: it may not import browser (src/client) or build-time (src/node) code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+node(/|$)', message: 'Browser code (src/client) may not import build-time code (src/node).' }] },
      ],
    },
  },
  {
    // The island imports shared modules directly so the bundler can keep the engine out of its
    // first chunk (see client/islands/assessment/results.ts); from the barrel it may import types only.
    files: ['src/client/islands/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/shared/assessment(/index(\\.ts)?)?$',
              message: 'Import values from the module itself; the barrel is for types only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Node loads astro.config.mjs and these files itself only if every relative import names
    // its file; one that does not sends Astro to a Vite server just to load the config
    // (docs/upgrading.md, tests/unit/contracts/config-load.test.ts).
    files: filesLoadedWithConfig('astro.config.mjs'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?(/[^/]+)*/[^/.]+$',
              message: 'Name the .ts file: Node loads this file with astro.config.mjs and resolves only full paths.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
