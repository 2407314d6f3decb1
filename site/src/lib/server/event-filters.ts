import { z } from 'zod';
import { DATE_EXAMPLE, EMPTY_FILTERS, PAGE_MAX, Q_MAX, type EventFilters, type Problem } from '$lib/events/filters';
import { ACCESS_OFFERS, isAccessOffer, isAudience, isCategoryFilter } from '$lib/events/vocabulary';

// Server-only: zod stays out of the browser's bundle.
const SINGLE = ['q', 'neighbourhood', 'category', 'audience', 'from', 'to', 'free', 'page'] as const;
/** Echoed values are isolated (U+2068…U+2069) so a right-to-left page does not reorder them. */
const isolate = (value: string) => `\u2068${value}\u2069`;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s <= '2100-12-31';
  });
const page = z.coerce.number().int().min(1).max(PAGE_MAX);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);

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
    if (isCategoryFilter(category)) filters.category = category;
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

