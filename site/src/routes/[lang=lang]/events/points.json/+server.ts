import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { allMatchingEvents, toMapPoints } from '$lib/server/cms/events';
import { readEventList } from '$lib/server/lists/events';
import type { RequestHandler } from './$types';

/**
 * The map's markers for the same filters (and access needs) as the list, served by the site so the
 * browser never calls the CMS. Private when a profile shaped it: hooks.server.ts marks it so.
 */
export const GET: RequestHandler = ({ params, url, fetch, cookies }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const { neighbourhoods, filters } = await readEventList(url, locale, fetch, cookies);
    const events = await allMatchingEvents({ ...filters, page: 1 }, locale, fetch);
    return json({ points: toMapPoints(events), neighbourhoods }, { headers: { 'cache-control': 'public, max-age=30' } });
  });
