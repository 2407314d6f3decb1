import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import inlang from './project.inlang/settings.json';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // The locale is always the first segment of the address: /ar/..., /fr/...
      strategy: ['url', 'baseLocale'],
      urlPatterns: [{ pattern: '/:path(.*)?', localized: inlang.locales.map((l): [string, string] => [l, `/${l}/:path(.*)?`]) }],
    }),
    sveltekit(),
  ],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
