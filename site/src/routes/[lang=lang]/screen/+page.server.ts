import { error } from '@sveltejs/kit';
import { LOCALES, type Locale } from '$lib/i18n';
import { CmsError } from '$lib/server/cms/client';
import { siteEnv } from '$lib/server/env';
import { slug } from '$lib/server/lists/params';
import { SCREEN_ITEMS, screenData, screenNeighbourhood } from '$lib/server/screen';
import type { PageServerLoad } from './$types';

/** Each event stays this long on the screen: long enough to read it aloud, slowly, twice. */
const SECONDS_PER_EVENT = 15;
/** A screen showing one language asks for fresh content this often. */
const REFRESH_SECONDS = 300;

/**
 * A reception-area screen: `neighbourhood` (a slug) shows that neighbourhood's events only;
 * `alternate=1` shows this language, then the other, in turn. Anything else is the installer's
 * mistake, answered with a 400 page that says which, rather than a screen quietly showing all.
 */
export const load = (async ({ params, url, fetch }) => {
  const locale = params.lang as Locale;
  const known = new Set(['neighbourhood', 'alternate']);
  const unknown = [...url.searchParams.keys()].find((k) => !known.has(k));
  const wanted = url.searchParams.get('neighbourhood') ?? '';
  const alternate = url.searchParams.get('alternate');
  if (unknown || (alternate !== null && alternate !== '1') || (wanted && !slug.safeParse(wanted).success)) error(400, 'bad-request');

  let name: string | null = null;
  if (wanted) {
    try {
      const found = await screenNeighbourhood(wanted, locale, fetch);
      if (!found) error(400, 'bad-request');
      name = found.name;
    } catch (e) {
      // The CMS is down: the screen shows what it kept for this neighbourhood.
      if (!(e instanceof CmsError)) throw e;
    }
  }

  const origin = siteEnv().ORIGIN ?? url.origin;
  const data = await screenData(locale, wanted, origin, fetch);
  // With alternate=1, the screen turns to the other language once every event has been shown.
  const other = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length];
  const next = alternate ? `/${other}/screen${url.search}` : `${url.pathname}${url.search}`;
  // The screen has SCREEN_ITEMS places that take turns; fewer events take several places each.
  const slots = data.events.length ? Array.from({ length: SCREEN_ITEMS }, (_, i) => i % data.events.length) : [];
  return {
    ...data,
    locale,
    neighbourhoodName: name,
    slots,
    secondsPerEvent: SECONDS_PER_EVENT,
    next,
    refreshSeconds: alternate ? SCREEN_ITEMS * SECONDS_PER_EVENT : data.stale ? 60 : REFRESH_SECONDS,
  };
}) satisfies PageServerLoad;
