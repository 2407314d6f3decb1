import { UNTRANSLATED_PARAM } from '$lib/alternates';
import { heritageFiltersToSearch } from '$lib/heritage/filters';
import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { siteEnv } from '$lib/server/env';
import { readHeritageList } from '$lib/server/lists/heritage';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch, cookies }) => {
  const locale = params.lang as Locale;
  const { filters, problems, needs, total, items } = await forPage(readHeritageList(url, locale, cookies, fetch));
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = siteEnv();
  return {
    untranslated: url.searchParams.has(UNTRANSLATED_PARAM),
    filters,
    problems,
    needs,
    total,
    items,
    search: heritageFiltersToSearch(filters),
    map: { tileUrl: MAP_TILE_URL ?? null, attribution: MAP_TILE_ATTRIBUTION },
  };
}) satisfies PageServerLoad;
