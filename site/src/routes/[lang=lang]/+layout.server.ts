import type { Locale } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (({ params, url }) => ({ locale: params.lang as Locale, path: url.pathname })) satisfies LayoutServerLoad;
