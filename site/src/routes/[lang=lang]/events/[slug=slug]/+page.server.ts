import type { Locale } from '$lib/i18n';
import { braillePreview } from '$lib/server/braille';
import { eventPrintText } from '$lib/server/braille/event-text';
import { forPage } from '$lib/server/cms/client';
import { localesOf } from '$lib/server/cms/documents';
import { getEvent } from '$lib/server/cms/events';
import { eventJsonLd } from '$lib/server/json-ld';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  const [event, availableIn] = await forPage(Promise.all([getEvent(params.slug, locale, fetch), localesOf('events', params.slug, fetch)]));
  const pageUrl = `${url.origin}/${locale}/events/${event.slug}`;
  return {
    event,
    pageUrl,
    availableIn,
    jsonLd: eventJsonLd(event, pageUrl, locale),
    braille: await braillePreview(eventPrintText(event, locale)),
  };
}) satisfies PageServerLoad;
