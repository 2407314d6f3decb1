import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import inlang from './project.inlang/settings.json';

const URLPATTERN_POLYFILL = '@inlang/paraglide-js/urlpattern-polyfill';

/**
 * Paraglide's runtime imports a URLPattern polyfill (7.6 KB compressed) for its 'url' strategy. The
 * server needs it: Node 20 has no URLPattern. The browser does not: there, src/hooks.client.ts reads
 * the locale from the address without URLPattern, and nothing else the pages run in the browser
 * calls it. So the browser's bundle gets an empty module instead.
 */
function urlPatternPolyfillOnServerOnly(): Plugin {
  const empty = '\0empty-urlpattern-polyfill';
  return {
    name: 'hub:urlpattern-polyfill-on-server-only',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    resolveId: (id) => (id === URLPATTERN_POLYFILL ? empty : undefined),
    load: (id) => (id === empty ? 'export {};' : undefined),
  };
}

export default defineConfig({
  plugins: [
    urlPatternPolyfillOnServerOnly(),
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
