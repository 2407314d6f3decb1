import { baseLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// In the browser the locale is the address's first segment (/ar/..., /fr/...), as the server finds it
// with the 'url' strategy of vite.config.ts, else the base locale: read it here directly. Paraglide's
// own 'url' strategy would build a URLPattern on each look-up, which some browsers still lack;
// vite.config.ts keeps the polyfill out of the browser's bundle, so nothing here may need it.
overwriteGetLocale(() => {
  const first = window.location.pathname.split('/')[1];
  return isLocale(first) ? first : baseLocale;
});
