import { json } from '@sveltejs/kit';
import { parseEventFilters } from '$lib/server/event-filters';
import type { Locale } from '$lib/i18n';
import { CmsError } from '$lib/server/cms/client';
import { allMatchingEvents, toMapPoints } from '$lib/server/cms/events';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import type { RequestHandler } from './$types';

/** The map's markers for the same filters as the list, served by the site so the browser never calls the CMS. */
export const GET: RequestHandler = async ({ params, url, fetch, setHeaders }) => {
  const locale = params.lang as Locale;
  try {
    const neighbourhoods = await listNeighbourhoods(locale, fetch);
    const { filters } = parseEventFilters(url.searchParams, neighbourhoods.map((n) => n.slug));
    const events = await allMatchingEvents({ ...filters, page: 1 }, locale, fetch);
    setHeaders({ 'cache-control': 'public, max-age=30' });
    return json({ points: toMapPoints(events), neighbourhoods });
  } catch (e) {
    if (e instanceof CmsError) return json({ error: 'unavailable' }, { status: 503 });
    throw e;
  }
};
