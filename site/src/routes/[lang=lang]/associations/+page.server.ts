import { UNTRANSLATED_PARAM } from '$lib/alternates';
import type { Locale } from '$lib/i18n';
import { listAssociations } from '$lib/server/cms/associations';
import { forPage } from '$lib/server/cms/client';
import { readAssociationList } from '$lib/server/lists/associations';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  const { neighbourhoods, filters, problems } = await forPage(readAssociationList(url, locale, fetch));
  let results = await forPage(listAssociations(filters, locale, fetch));
  if (results.total > 0 && filters.page > results.pageCount) {
    // A page past the end: say so and show the first one rather than an empty list.
    problems.push({ key: 'param_page', values: { value: String(filters.page) } });
    filters.page = 1;
    results = await forPage(listAssociations(filters, locale, fetch));
  }
  return { untranslated: url.searchParams.has(UNTRANSLATED_PARAM), filters, problems, neighbourhoods, results };
}) satisfies PageServerLoad;
