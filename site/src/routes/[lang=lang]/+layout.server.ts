import { LOCALES, type Locale } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (({ params, url }) => {
  const locale = params.lang as Locale;
  const rest = url.pathname.slice(locale.length + 1);
  // The same page in every locale, for the language switcher and hreflang links.
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, `/${l}${rest}${url.search}`])) as Record<Locale, string>;
  return { locale, alternates, path: url.pathname };
}) satisfies LayoutServerLoad;
