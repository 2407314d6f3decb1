import { toSearch } from '$lib/lists/problems';
import type { AssociationCategory } from './vocabulary';

/**
 * The directory's filters, as read from a shareable address, and their serialiser. The parser
 * is lib/server/lists/associations.ts: it validates with zod, which stays out of the browser's bundle.
 */
export interface AssociationFilters {
  q: string;
  category: AssociationCategory | '';
  neighbourhood: string;
  page: number;
}

export const EMPTY_ASSOCIATION_FILTERS: AssociationFilters = { q: '', category: '', neighbourhood: '', page: 1 };

/** The canonical query string of a set of filters: what links and pagination use. */
export function associationFiltersToSearch(filters: AssociationFilters, overrides: Partial<AssociationFilters> = {}): string {
  const f = { ...filters, ...overrides };
  return toSearch([
    ['q', f.q],
    ['category', f.category],
    ['neighbourhood', f.neighbourhood],
    ['page', f.page > 1 ? f.page : ''],
  ]);
}
