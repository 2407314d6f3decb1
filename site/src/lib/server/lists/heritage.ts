import { EMPTY_HERITAGE_FILTERS, type HeritageFilters } from '$lib/heritage/filters';
import { FEATURES, isFeature, isGradeFilter, isHeritageKind, isWorksStatus, type Feature } from '$lib/places/vocabulary';
import type { Problem } from '$lib/lists/problems';
import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { hasFeature } from '$lib/places/facts';
import { placeFit, type Fit, type Need } from '$lib/places/needs';
import type { HeritagePage } from '$lib/view-models';
import { allHeritagePoints } from '../cms/heritage';
import { readNeeds } from '../needs';
import { paramReader } from './params';

/** Reads the heritage list's filters from a query string (the type and serialiser: lib/heritage/filters.ts). */
export function parseHeritageFilters(params: URLSearchParams): { filters: HeritageFilters; problems: Problem[] } {
  const read = paramReader(params);
  const feature: Feature[] = [];
  for (const value of params.getAll('feature').map((v) => v.trim())) {
    if (isFeature(value)) {
      if (!feature.includes(value)) feature.push(value);
    } else if (value) read.report('param_feature', { value: read.shown(value) });
  }
  const needs = read.first('needs');
  if (needs && needs !== 'off') read.report('param_needs', { value: read.shown(needs) });
  const filters: HeritageFilters = {
    ...EMPTY_HERITAGE_FILTERS,
    grade: read.oneOf('grade', isGradeFilter, 'param_grade'),
    feature: FEATURES.filter((f) => feature.includes(f)),
    kind: read.oneOf('kind', isHeritageKind, 'param_kind'),
    works: read.oneOf('works', isWorksStatus, 'param_works'),
    needsOff: needs === 'off',
    page: read.page(),
  };
  return { filters, problems: read.problems };
}

/** A point of the list, with whether it fits the visitor's needs (null without a profile). */
export type HeritageListItem = HeritagePage & { fit: Fit | null };

/** The points that pass the filters; with a profile (and no needs=off), only those that fit it. */
export function filterHeritage(points: HeritagePage[], filters: HeritageFilters, needs: readonly Need[]): HeritageListItem[] {
  return points
    .map((p) => ({ ...p, fit: needs.length ? placeFit(p.facts, needs) : null }))
    .filter(
      (p) =>
        (!filters.grade || (p.grade ?? 'unknown') === filters.grade) &&
        filters.feature.every((f) => hasFeature(p.facts, f) === true) &&
        (!filters.kind || p.kind === filters.kind) &&
        (!filters.works || p.worksStatus === filters.works) &&
        (filters.needsOff || p.fit === null || p.fit === 'fits'),
    );
}

/** Points per page of the list: a phone downloads two dozen cards, not the whole Medina. */
export const HERITAGE_PAGE_SIZE = 24;

/**
 * One page of the filtered points (filtering needs the visitor's profile, so it happens here, not
 * in the CMS). A page past the end (a shared link to a list that shrank) is reported and the first
 * page is shown instead, as the other lists do.
 */
export function heritagePage<T>(items: T[], filters: HeritageFilters, problems: Problem[], size = HERITAGE_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (filters.page > pageCount) {
    problems.push({ key: 'param_page', values: { value: String(filters.page) } });
    filters.page = 1;
  }
  return { page: filters.page, pageCount, items: items.slice((filters.page - 1) * size, filters.page * size) };
}

/** What the heritage list and its map share: the filters read from the address, the profile, the points. */
export async function readHeritageList(url: URL, locale: Locale, cookies: Pick<Cookies, 'get'>, fetchFn?: typeof fetch) {
  const { filters, problems } = parseHeritageFilters(url.searchParams);
  const needs = readNeeds(cookies);
  const all = await allHeritagePoints(locale, fetchFn);
  return { filters, problems, needs, total: all.length, items: filterHeritage(all, filters, needs) };
}
