import { error } from '@sveltejs/kit';
import { EMPTY_FILTERS } from '$lib/events/filters';
import type { Locale } from '$lib/i18n';
import { getAssociation } from '$lib/server/cms/associations';
import { cmsGet, forPage } from '$lib/server/cms/client';
import { eventQueryFilters, toEventCard } from '$lib/server/cms/events';
import { eventSummary, listOf } from '$lib/server/cms/schemas';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(params.slug) || params.slug.length > 200) error(404, 'not-found');
  const association = await forPage(getAssociation(params.slug, locale, fetch));
  const upcoming = await forPage(cmsGet('/events', {
    locale,
    filters: { $and: [eventQueryFilters({ ...EMPTY_FILTERS, access: [] }), { organisers: { slug: { $eq: association.slug } } }] },
    sort: 'startsAt:asc',
    pagination: { page: 1, pageSize: 10 },
  }, listOf(eventSummary), fetch));
  return { association, events: upcoming.data.map(toEventCard) };
}) satisfies PageServerLoad;
