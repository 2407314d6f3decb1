import { z } from 'zod';
import { ACCESS_OFFERS, CATEGORY_FILTERS, isAccessOffer, isAudience, type AccessOffer, type Audience } from './vocabulary';

/** The events list's filters, as read from a shareable address. */
export interface EventFilters {
  q: string;
  neighbourhood: string;
  category: string;
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
const SINGLE = ['q', 'neighbourhood', 'category', 'audience', 'from', 'to', 'free', 'page'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s <= '2100-12-31';
  });
const page = z.coerce.number().int().min(1).max(PAGE_MAX);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

export const EMPTY_FILTERS: EventFilters = {
  q: '', neighbourhood: '', category: '', audience: '', access: [], from: '', to: '', free: false, page: 1,
};

/**
 * Shown in hints and messages as an example of a date. Isolated left-to-right (U+2066…U+2069)
 * so that Arabic text does not reorder it into 31-12-2026.
 */
export const DATE_EXAMPLE = '\u20662026-12-31\u2069';
const isolate = (value: string) => `\u2068${value}\u2069`;

/**
 * Reads the filters from the query string. Nothing here throws: a value that cannot be used
 * is dropped and reported as a Problem, so the page still answers with what it could read.
 */
export function parseEventFilters(params: URLSearchParams, neighbourhoods: readonly string[]): { filters: EventFilters; problems: Problem[] } {
  const problems: Problem[] = [];
  const filters: EventFilters = { ...EMPTY_FILTERS, access: [] };
  const first = (name: (typeof SINGLE)[number]) => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push({ key: 'param_repeated', values: { name } });
    return (all[0] ?? '').trim();
  };
  const shown = (value: string) => isolate(value.length > 40 ? `${value.slice(0, 40)}…` : value);

  const q = first('q');
  if (q.length > Q_MAX) {
    problems.push({ key: 'param_q', values: { max: String(Q_MAX) } });
    filters.q = q.slice(0, Q_MAX);
  } else {
    filters.q = q;
  }

  const neighbourhood = first('neighbourhood');
  if (neighbourhood) {
    if (slug.safeParse(neighbourhood).success && neighbourhoods.includes(neighbourhood)) filters.neighbourhood = neighbourhood;
    else problems.push({ key: 'param_neighbourhood', values: { value: shown(neighbourhood) } });
  }

  const category = first('category');
  if (category) {
    if (CATEGORY_FILTERS.includes(category)) filters.category = category;
    else problems.push({ key: 'param_category', values: { value: shown(category) } });
  }

  const audience = first('audience');
  if (audience) {
    if (isAudience(audience)) filters.audience = audience;
    else problems.push({ key: 'param_audience', values: { value: shown(audience) } });
  }

  for (const offer of new Set(params.getAll('access').map((a) => a.trim()).filter(Boolean))) {
    if (isAccessOffer(offer)) filters.access.push(offer);
    else problems.push({ key: 'param_access', values: { value: shown(offer) } });
  }
  filters.access.sort((a, b) => Object.keys(ACCESS_OFFERS).indexOf(a) - Object.keys(ACCESS_OFFERS).indexOf(b));

  for (const name of ['from', 'to'] as const) {
    const value = first(name);
    if (!value) continue;
    if (isoDate.safeParse(value).success) filters[name] = value;
    else problems.push({ key: 'param_date', values: { value: shown(value), example: DATE_EXAMPLE } });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push({ key: 'param_range', values: {} });
    filters.from = '';
    filters.to = '';
  }

  const free = first('free');
  if (free) {
    if (['1', 'true', 'on'].includes(free)) filters.free = true;
    else if (!['0', 'false'].includes(free)) problems.push({ key: 'param_free', values: { value: shown(free) } });
  }

  const pageValue = first('page');
  if (pageValue) {
    const parsed = page.safeParse(pageValue);
    if (parsed.success) filters.page = parsed.data;
    else problems.push({ key: 'param_page', values: { value: shown(pageValue) } });
  }

  return { filters, problems };
}

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
