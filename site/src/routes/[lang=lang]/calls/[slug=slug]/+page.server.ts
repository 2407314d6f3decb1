import type { Locale } from '$lib/i18n';
import { now } from '$lib/server/clock';
import { forPage } from '$lib/server/cms/client';
import { getCall } from '$lib/server/cms/calls';
import { localesOf } from '$lib/server/cms/documents';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const [call, availableIn] = await forPage(
    Promise.all([getCall(params.slug, params.lang as Locale, fetch), localesOf('calls', params.slug, fetch)]),
  );
  return { call, availableIn, now: now().toISOString() };
}) satisfies PageServerLoad;
