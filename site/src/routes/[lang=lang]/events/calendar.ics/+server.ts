import type { Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { forEndpoint } from '$lib/server/cms/client';
import { allMatchingEvents } from '$lib/server/cms/events';
import { readEventList } from '$lib/server/lists/events';
import { calendarOf, calendarResponse } from '$lib/server/ics';
import type { RequestHandler } from './$types';

/** A subscribable feed of the events that match the list's filters (unusable filters are ignored, as on the page). */
export const GET: RequestHandler = ({ params, url, fetch }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const { filters } = await readEventList(url, locale, fetch);
    const events = await allMatchingEvents({ ...filters, page: 1 }, locale, fetch);
    return calendarResponse(
      calendarOf(events, url.origin, locale, `${m.events_title({}, { locale })} · ${m.site_tagline({}, { locale })}`),
      `tetouan-events-${locale}.ics`,
    );
  });
