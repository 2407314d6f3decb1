import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { localesOf } from '$lib/server/cms/documents';
import { getEvent } from '$lib/server/cms/events';
import type { PageServerLoad } from './$types';

/** The easy-read version of an event, where its editors wrote one; elsewhere this page does not exist. */
export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  const [event, availableIn] = await forPage(Promise.all([getEvent(params.slug, locale, fetch), localesOf('events', params.slug, fetch)]));
  if (event.easyRead.length === 0) error(404, 'not-found');
  return { event, availableIn };
}) satisfies PageServerLoad;
