import type { Locale } from '$lib/i18n';
import { readFormats } from '$lib/server/formats';
import type { LayoutServerLoad } from './$types';

export const load = (({ params, url, cookies }) => ({
  locale: params.lang as Locale,
  path: url.pathname,
  formats: readFormats(cookies),
})) satisfies LayoutServerLoad;
