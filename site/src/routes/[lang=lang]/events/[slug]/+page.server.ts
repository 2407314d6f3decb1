import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { getEvent } from '$lib/server/cms/events';
import { eventJsonLd } from '$lib/server/json-ld';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(params.slug) || params.slug.length > 200) error(404, 'not-found');
  const event = await forPage(getEvent(params.slug, locale, fetch));
  const pageUrl = `${url.origin}/${locale}/events/${event.slug}`;
  return { event, pageUrl, jsonLd: eventJsonLd(event, pageUrl, locale) };
}) satisfies PageServerLoad;
