import type { Locale } from '$lib/i18n';
import { getBody } from '$lib/server/cms/bodies';
import { forEndpoint } from '$lib/server/cms/client';
import { calendarResponse } from '$lib/server/ics';
import { sessionsCalendar } from '$lib/server/sessions-ics';
import type { RequestHandler } from './$types';

/** The sessions of a body, to follow in a calendar application. */
export const GET: RequestHandler = ({ params, url, fetch }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const body = await getBody(params.slug, locale, fetch);
    return calendarResponse(sessionsCalendar(body, url.origin, locale), `${body.slug}-sessions.ics`);
  });
