import { UNTRANSLATED_PARAM } from '$lib/alternates';
import { heritageFiltersToSearch } from '$lib/heritage/filters';
import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { siteEnv } from '$lib/server/env';
import { heritagePage, readHeritageList } from '$lib/server/lists/heritage';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch, cookies }) => {
  const locale = params.lang as Locale;
  const { filters, problems, needs, total, items } = await forPage(readHeritageList(url, locale, cookies, fetch));
  // Only this page's cards go into the page (and its hydration data); the map fetches every point.
  const page = heritagePage(items, filters, problems);
  const results = {
    count: items.length,
    ...page,
    // A card shows no description, photos or survey: the page does not carry them.
    items: page.items.map(({ slug, name, kind, grade, worksStatus, worksStartOn, worksEndOn, fit }) => ({
      slug,
      name,
      kind,
      grade,
      worksStatus,
      worksStartOn,
      worksEndOn,
      fit,
    })),
  };
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = siteEnv();
  return {
    untranslated: url.searchParams.has(UNTRANSLATED_PARAM),
    filters,
    problems,
    needs,
    total,
    results,
    search: heritageFiltersToSearch(filters, { page: 1 }),
    map: { tileUrl: MAP_TILE_URL ?? null, attribution: MAP_TILE_ATTRIBUTION },
  };
}) satisfies PageServerLoad;
