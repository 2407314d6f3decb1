import type { Locale } from '$lib/i18n';
import { brailleOf, brfResponse } from '$lib/server/braille';
import { brailleUnavailableResponse } from '$lib/server/braille/unavailable';
import { eventPrintText } from '$lib/server/braille/event-text';
import { forEndpoint } from '$lib/server/cms/client';
import { getEvent } from '$lib/server/cms/events';
import type { RequestHandler } from './$types';

/** The event's page in braille, made from the same text as the page (the braille module's cache keeps it). */
export const GET: RequestHandler = ({ params, fetch }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const event = await getEvent(params.slug, locale, fetch);
    try {
      return brfResponse(await brailleOf(eventPrintText(event, locale)), `${event.slug}-${locale}`);
    } catch (e) {
      return brailleUnavailableResponse(e);
    }
  });
