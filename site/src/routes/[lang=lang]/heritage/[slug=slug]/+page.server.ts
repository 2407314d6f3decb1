import type { Locale } from '$lib/i18n';
import { placeFit } from '$lib/places/needs';
import { forPage } from '$lib/server/cms/client';
import { localesOf } from '$lib/server/cms/documents';
import { getHeritagePoint } from '$lib/server/cms/heritage';
import { readNeeds } from '$lib/server/needs';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch, cookies }) => {
  const locale = params.lang as Locale;
  const [point, availableIn] = await forPage(
    Promise.all([getHeritagePoint(params.slug, locale, fetch), localesOf('heritage', params.slug, fetch)]),
  );
  const needs = readNeeds(cookies);
  return { point, availableIn, needs, fit: needs.length ? placeFit(point.facts, needs) : null };
}) satisfies PageServerLoad;
