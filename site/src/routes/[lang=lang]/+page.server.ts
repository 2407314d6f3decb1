import { EMPTY_FILTERS } from '$lib/events/filters';
import { addDays, localDate } from '$lib/dates';
import type { Locale } from '$lib/i18n';
import * as clock from '$lib/server/clock';
import { forPage } from '$lib/server/cms/client';
import { listEvents } from '$lib/server/cms/events';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  const today = localDate(clock.now());
  const week = { from: today, to: addDays(today, 6) };
  const [thisWeek, neighbourhoods] = await Promise.all([
    forPage(listEvents({ ...EMPTY_FILTERS, access: [], to: week.to }, locale, fetch, 6)),
    forPage(listNeighbourhoods(locale, fetch)),
  ]);
  return { thisWeek, neighbourhoods, week };
}) satisfies PageServerLoad;
