import { EMPTY_FILTERS } from '$lib/events/filters';
import { localDate, type Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { listEvents } from '$lib/server/cms/events';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  const today = new Date();
  const inAWeek = new Date(today.getTime() + 6 * 86400000);
  const week = { from: localDate(today), to: localDate(inAWeek) };
  const [thisWeek, neighbourhoods] = await Promise.all([
    forPage(listEvents({ ...EMPTY_FILTERS, access: [], to: week.to }, locale, fetch, 6)),
    forPage(listNeighbourhoods(locale, fetch)),
  ]);
  return { thisWeek, neighbourhoods, week };
}) satisfies PageServerLoad;
