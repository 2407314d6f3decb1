// Lint for every workspace: JavaScript's and TypeScript's recommended rules, and Svelte's,
// whose `valid-compile` rule reports the compiler's own accessibility warnings.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './site/svelte.config.js';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.svelte-kit/',
      '**/.strapi/',
      '**/.tmp/',
      '**/.cache/',
      'cms/types/generated/',
      'site/src/lib/paraglide/',
      'accessibility/reports/',
      '.hub/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused arguments of a signature (Strapi's and SvelteKit's callbacks) are named with a leading _.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
    rules: {
      // The site is served at the root (no paths.base) and renders on the server: its links are
      // plain paths, which resolve() would return unchanged.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Strapi's context, query and document types are loose or generated at run time: the CMS
    // and its tests talk to them through `any` at those edges.
    files: ['cms/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
