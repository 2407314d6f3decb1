import { toSearch } from '$lib/lists/problems';
import type { Need } from '$lib/places/needs';
import type { AccessOffer, Audience, CategoryFilter } from './vocabulary';

/**
 * The events list's filters, as read from a shareable address, and their serialiser. The parser
 * is lib/server/lists/events.ts: it validates with zod, which stays out of the browser's bundle.
 */
export interface EventFilters {
  q: string;
  neighbourhood: string;
  category: CategoryFilter | '';
  audience: Audience | '';
  access: AccessOffer[];
  from: string;
  to: string;
  free: boolean;
  /** Only what is presented in sign language (a signed video). */
  signed: boolean;
  page: number;
  /**
   * The visitor's access needs, from their cookie (lib/server/needs.ts), never from the address:
   * the list shows only what fits them, unless `needs=off` (needsOff) asks to see everything.
   */
  needs: Need[];
  needsOff: boolean;
}

export { PAGE_MAX, Q_MAX, type Problem, type ProblemKey } from '$lib/lists/problems';

export const EMPTY_FILTERS: EventFilters = {
  q: '',
  neighbourhood: '',
  category: '',
  audience: '',
  access: [],
  from: '',
  to: '',
  free: false,
  signed: false,
  page: 1,
  needs: [],
  needsOff: false,
};

/**
 * Shown in hints and messages as an example of a date. Isolated left-to-right (U+2066…U+2069)
 * so that Arabic text does not reorder it into 31-12-2026.
 */
export const DATE_EXAMPLE = '\u20662026-12-31\u2069';

/** The canonical query string of a set of filters: what links, pagination and feeds use. */
export function filtersToSearch(filters: EventFilters, overrides: Partial<EventFilters> = {}): string {
  const f = { ...filters, ...overrides };
  return toSearch([
    ['q', f.q],
    ['neighbourhood', f.neighbourhood],
    ['category', f.category],
    ['audience', f.audience],
    ['access', f.access],
    ['from', f.from],
    ['to', f.to],
    ['free', f.free],
    ['signed', f.signed],
    ['page', f.page > 1 ? f.page : ''],
    ['needs', f.needsOff ? 'off' : ''],
  ]);
}
