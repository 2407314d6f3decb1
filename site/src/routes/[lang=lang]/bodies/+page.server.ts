import type { Locale } from '$lib/i18n';
import { listBodies } from '$lib/server/cms/bodies';
import { forPage } from '$lib/server/cms/client';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const bodies = await forPage(listBodies(params.lang as Locale, fetch));
  return { bodies };
}) satisfies PageServerLoad;
