import type { Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { getEvent } from '$lib/server/cms/events';
import { calendarOf, calendarResponse } from '$lib/server/ics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, fetch }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const event = await getEvent(params.slug, locale, fetch);
    return calendarResponse(calendarOf([event], url.origin, locale), `${event.slug}.ics`);
  });
