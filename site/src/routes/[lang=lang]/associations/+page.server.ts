import { z } from 'zod';
import { ASSOCIATION_CATEGORIES } from '$lib/associations/vocabulary';
import type { Locale } from '$lib/i18n';
import { listAssociations, type AssociationFilters } from '$lib/server/cms/associations';
import { forPage } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import { UNTRANSLATED_PARAM } from '$lib/alternates';
import type { PageServerLoad } from './$types';

const params = z.object({
  q: z.string().trim().max(200).catch(''),
  category: z.enum(ASSOCIATION_CATEGORIES).or(z.literal('')).catch(''),
  neighbourhood: z.string().regex(/^[a-z0-9-]{1,80}$/).or(z.literal('')).catch(''),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export const load = (async ({ params: route, url, fetch }) => {
  const locale = route.lang as Locale;
  const raw = Object.fromEntries(['q', 'category', 'neighbourhood', 'page'].map((k) => [k, url.searchParams.get(k) ?? '']));
  const filters: AssociationFilters = params.parse(raw);
  // Anything unusable was replaced by its default; tell the visitor rather than silently changing their search.
  const ignored = Object.entries(raw).filter(([k, v]) => v && String(filters[k as keyof AssociationFilters]) !== v.trim()).map(([k]) => k);
  const neighbourhoods = await forPage(listNeighbourhoods(locale, fetch));
  if (filters.neighbourhood && !neighbourhoods.some((n) => n.slug === filters.neighbourhood)) {
    ignored.push('neighbourhood');
    filters.neighbourhood = '';
  }
  const results = await forPage(listAssociations(filters, locale, fetch));
  return { untranslated: url.searchParams.has(UNTRANSLATED_PARAM), filters, ignored: [...new Set(ignored)], neighbourhoods, results };
}) satisfies PageServerLoad;
