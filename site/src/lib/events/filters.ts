import type { AccessOffer, Audience, CategoryFilter } from './vocabulary';

/** The events list's filters, as read from a shareable address. */
export interface EventFilters {
  q: string;
  neighbourhood: string;
  category: CategoryFilter | '';
  audience: Audience | '';
  access: AccessOffer[];
  from: string;
  to: string;
  free: boolean;
  page: number;
}

export type ProblemKey =
  | 'param_q' | 'param_date' | 'param_range' | 'param_neighbourhood' | 'param_category'
  | 'param_audience' | 'param_access' | 'param_page' | 'param_free' | 'param_repeated';

/** Something in the address that could not be used; the page says so in the reader's language. */
export interface Problem {
  key: ProblemKey;
  values: Record<string, string>;
}

export const Q_MAX = 200;
export const PAGE_MAX = 500;

export const EMPTY_FILTERS: EventFilters = {
  q: '', neighbourhood: '', category: '', audience: '', access: [], from: '', to: '', free: false, page: 1,
};

/**
 * Shown in hints and messages as an example of a date. Isolated left-to-right (U+2066…U+2069)
 * so that Arabic text does not reorder it into 31-12-2026.
 */
export const DATE_EXAMPLE = '\u20662026-12-31\u2069';

/** The canonical query string of a set of filters: what links, pagination and feeds use. */
export function filtersToSearch(filters: EventFilters, overrides: Partial<EventFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const out = new URLSearchParams();
  if (f.q) out.set('q', f.q);
  if (f.neighbourhood) out.set('neighbourhood', f.neighbourhood);
  if (f.category) out.set('category', f.category);
  if (f.audience) out.set('audience', f.audience);
  for (const a of f.access) out.append('access', a);
  if (f.from) out.set('from', f.from);
  if (f.to) out.set('to', f.to);
  if (f.free) out.set('free', '1');
  if (f.page > 1) out.set('page', String(f.page));
  const s = out.toString();
  return s ? `?${s}` : '';
}
