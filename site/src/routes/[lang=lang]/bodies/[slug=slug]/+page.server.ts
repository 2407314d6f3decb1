import type { Locale } from '$lib/i18n';
import { getBody } from '$lib/server/cms/bodies';
import { forPage } from '$lib/server/cms/client';
import { now } from '$lib/server/clock';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const body = await forPage(getBody(params.slug, params.lang as Locale, fetch));
  const at = now().toISOString();
  return {
    body,
    upcoming: body.sessions.filter((s) => s.startsAt >= at).reverse(),
    past: body.sessions.filter((s) => s.startsAt < at),
  };
}) satisfies PageServerLoad;
