import { filtersToSearch } from '$lib/events/filters';
import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { listEvents } from '$lib/server/cms/events';
import { readEventList } from '$lib/server/lists/events';
import { siteEnv } from '$lib/server/env';
import { UNTRANSLATED_PARAM } from '$lib/alternates';
import { pageOrFirst } from '$lib/server/lists/params';
import { cardFit } from '$lib/places/needs';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch, cookies }) => {
  const locale = params.lang as Locale;
  const { neighbourhoods, filters, problems, profile } = await forPage(readEventList(url, locale, fetch, cookies));
  const results = await forPage(pageOrFirst(filters, problems, (f) => listEvents(f, locale, fetch)));
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = siteEnv();
  return {
    untranslated: url.searchParams.has(UNTRANSLATED_PARAM),
    filters,
    problems,
    neighbourhoods,
    // With a profile, each entry says whether it fits (lib/places/needs.ts); without, nothing is marked.
    results: { ...results, items: results.items.map((e) => ({ ...e, fit: profile.length ? cardFit(e, profile) : null })) },
    profile,
    search: filtersToSearch({ ...filters, page: 1 }),
    map: { tileUrl: MAP_TILE_URL ?? null, attribution: MAP_TILE_ATTRIBUTION },
  };
}) satisfies PageServerLoad;
