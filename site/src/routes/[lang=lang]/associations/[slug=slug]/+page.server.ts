import type { Locale } from '$lib/i18n';
import { getAssociation } from '$lib/server/cms/associations';
import { forPage } from '$lib/server/cms/client';
import { localesOf } from '$lib/server/cms/documents';
import { listEventsByOrganiser } from '$lib/server/cms/events';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  const [association, events, availableIn] = await forPage(
    Promise.all([
      getAssociation(params.slug, locale, fetch),
      listEventsByOrganiser(params.slug, locale, fetch),
      localesOf('associations', params.slug, fetch),
    ]),
  );
  return { association, events, availableIn };
}) satisfies PageServerLoad;
