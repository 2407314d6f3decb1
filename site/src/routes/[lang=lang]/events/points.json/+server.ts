import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { mapPoints } from '$lib/server/cms/events';
import { readEventList } from '$lib/server/lists/events';
import type { RequestHandler } from './$types';

/**
 * The map's markers for the same filters (and access needs) as the list, served by the site so the
 * browser never calls the CMS: every matching event, in one answer the browser clusters. Private
 * when a profile shaped it, public otherwise: hooks.server.ts decides, as for every answer.
 */
export const GET: RequestHandler = ({ params, url, fetch, cookies }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const { neighbourhoods, filters } = await readEventList(url, locale, fetch, cookies);
    return json({ points: await mapPoints(filters, locale, fetch), neighbourhoods });
  });
