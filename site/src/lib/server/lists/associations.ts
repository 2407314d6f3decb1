import { EMPTY_ASSOCIATION_FILTERS, type AssociationFilters } from '$lib/associations/filters';
import { ASSOCIATION_CATEGORIES, type AssociationCategory } from '$lib/associations/vocabulary';
import type { Locale } from '$lib/i18n';
import type { Problem } from '$lib/lists/problems';
import { listNeighbourhoods } from '../cms/neighbourhoods';
import { paramReader } from './params';

const isCategory = (v: string): v is AssociationCategory => (ASSOCIATION_CATEGORIES as readonly string[]).includes(v);

/** Reads the directory's filters from a query string (the type and serialiser: lib/associations/filters.ts). */
export function parseAssociationFilters(
  params: URLSearchParams,
  neighbourhoods: readonly string[],
): { filters: AssociationFilters; problems: Problem[] } {
  const read = paramReader(params);
  const filters: AssociationFilters = {
    ...EMPTY_ASSOCIATION_FILTERS,
    q: read.query(),
    category: read.oneOf('category', isCategory, 'param_association_category'),
    neighbourhood: read.slugIn('neighbourhood', neighbourhoods, 'param_neighbourhood'),
    page: read.page(),
  };
  return { filters, problems: read.problems };
}

/** What the directory's routes start with: the neighbourhoods that exist, and the filters read against them. */
export async function readAssociationList(url: URL, locale: Locale, fetchFn?: typeof fetch) {
  const neighbourhoods = await listNeighbourhoods(locale, fetchFn);
  return {
    neighbourhoods,
    ...parseAssociationFilters(
      url.searchParams,
      neighbourhoods.map((n) => n.slug),
    ),
  };
}
