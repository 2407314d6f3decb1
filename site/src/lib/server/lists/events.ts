import { DATE_EXAMPLE, EMPTY_FILTERS, type EventFilters, type Problem } from '$lib/events/filters';
import { ACCESS_OFFERS, isAccessOffer, isAudience, isCategoryFilter } from '$lib/events/vocabulary';
import type { Locale } from '$lib/i18n';
import type { Cookies } from '@sveltejs/kit';
import { listNeighbourhoods } from '../cms/neighbourhoods';
import { readNeeds } from '../needs';
import { isoDate, paramReader } from './params';

/** Reads the events list's filters from a query string (the type and serialiser: lib/events/filters.ts). */
export function parseEventFilters(
  params: URLSearchParams,
  neighbourhoods: readonly string[],
): { filters: EventFilters; problems: Problem[] } {
  const read = paramReader(params);
  const filters: EventFilters = {
    ...EMPTY_FILTERS,
    q: read.query(),
    neighbourhood: read.slugIn('neighbourhood', neighbourhoods, 'param_neighbourhood'),
    category: read.oneOf('category', isCategoryFilter, 'param_category'),
    audience: read.oneOf('audience', isAudience, 'param_audience'),
    access: [],
  };

  for (const offer of new Set(
    params
      .getAll('access')
      .map((a) => a.trim())
      .filter(Boolean),
  )) {
    if (isAccessOffer(offer)) filters.access.push(offer);
    else read.report('param_access', { value: read.shown(offer) });
  }
  filters.access.sort((a, b) => Object.keys(ACCESS_OFFERS).indexOf(a) - Object.keys(ACCESS_OFFERS).indexOf(b));

  for (const name of ['from', 'to'] as const) {
    const value = read.first(name);
    if (!value) continue;
    if (isoDate.safeParse(value).success) filters[name] = value;
    else read.report('param_date', { value: read.shown(value), example: DATE_EXAMPLE });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    read.report('param_range');
    filters.from = '';
    filters.to = '';
  }

  const free = read.first('free');
  if (['1', 'true', 'on'].includes(free)) filters.free = true;
  else if (free && !['0', 'false'].includes(free)) read.report('param_free', { value: read.shown(free) });

  const signed = read.first('signed');
  if (['1', 'true', 'on'].includes(signed)) filters.signed = true;
  else if (signed && !['0', 'false'].includes(signed)) read.report('param_signed', { value: read.shown(signed) });

  const needs = read.first('needs');
  if (needs === 'off') filters.needsOff = true;
  else if (needs) read.report('param_needs', { value: read.shown(needs) });

  filters.page = read.page();
  return { filters, problems: read.problems };
}

/**
 * What every route of the events list starts with (the page, its map points, its calendar
 * feed): the neighbourhoods that exist, and the filters read against them. Given the request's
 * cookies (the page and its map, not the calendar feed that apps fetch without them), the
 * visitor's access needs narrow the list unless the address says `needs=off`.
 */
export async function readEventList(url: URL, locale: Locale, fetchFn?: typeof fetch, cookies?: Pick<Cookies, 'get'>) {
  const neighbourhoods = await listNeighbourhoods(locale, fetchFn);
  const { filters, problems } = parseEventFilters(
    url.searchParams,
    neighbourhoods.map((n) => n.slug),
  );
  const profile = cookies ? readNeeds(cookies) : [];
  if (!filters.needsOff) filters.needs = profile;
  return { neighbourhoods, filters, problems, profile };
}
