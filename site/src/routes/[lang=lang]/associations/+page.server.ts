import { UNTRANSLATED_PARAM } from '$lib/alternates';
import type { Locale } from '$lib/i18n';
import { listAssociations } from '$lib/server/cms/associations';
import { forPage } from '$lib/server/cms/client';
import { readAssociationList } from '$lib/server/lists/associations';
import { pageOrFirst } from '$lib/server/lists/params';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  const { neighbourhoods, filters, problems } = await forPage(readAssociationList(url, locale, fetch));
  const results = await forPage(pageOrFirst(filters, problems, (f) => listAssociations(f, locale, fetch)));
  return { untranslated: url.searchParams.has(UNTRANSLATED_PARAM), filters, problems, neighbourhoods, results };
}) satisfies PageServerLoad;
