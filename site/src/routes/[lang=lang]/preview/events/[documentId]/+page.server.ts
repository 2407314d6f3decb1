import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { forPage } from '$lib/server/cms/client';
import { getEventPreview } from '$lib/server/cms/events';
import { siteEnv } from '$lib/server/env';
import { PREVIEW_UID, verifyPreview } from '$lib/server/preview';
import type { PageServerLoad } from './$types';

/**
 * The draft of an event, opened from the admin panel through a signed link (see
 * src/lib/server/preview.ts). A link that is not valid here never reaches the CMS, and is the same
 * 404 as a page that does not exist: nothing says a draft is there. hooks.server.ts keeps every
 * answer of this route out of caches and search engines.
 */
export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  const expires = url.searchParams.get('expires');
  const signature = url.searchParams.get('signature');
  const target = { uid: PREVIEW_UID.events, documentId: params.documentId, locale };
  if (!expires || !signature || !verifyPreview(target, expires, signature, siteEnv().PREVIEW_SECRET, now())) error(404, 'not-found');
  const event = await forPage(getEventPreview(params.documentId, locale, { expires, signature }, fetch));
  return {
    event,
    // Where it will be once published: what the share field and the calendar link show.
    pageUrl: `${url.origin}/${locale}/events/${event.slug}`,
    // The link is signed for this locale only: the other language leads to the list instead.
    availableIn: [locale],
    listPath: '/events',
  };
}) satisfies PageServerLoad;
