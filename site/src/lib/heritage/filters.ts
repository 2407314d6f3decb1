import { toSearch } from '$lib/lists/problems';
import type { Feature, GradeFilter, HeritageKind, WorksStatus } from '$lib/places/vocabulary';

/**
 * The heritage list's filters, as read from a shareable address, and their serialiser (the parser
 * is lib/server/lists/heritage.ts). `needs=off` shows every point even with an access-needs
 * profile, each still marked; without it, a profile shows only the points that fit it.
 */
export interface HeritageFilters {
  grade: GradeFilter | '';
  feature: Feature[];
  kind: HeritageKind | '';
  works: WorksStatus | '';
  needsOff: boolean;
  /** The page of the list (24 points each); the map and the exports always show every point. */
  page: number;
}

export const EMPTY_HERITAGE_FILTERS: HeritageFilters = { grade: '', feature: [], kind: '', works: '', needsOff: false, page: 1 };

export function heritageFiltersToSearch(filters: HeritageFilters, overrides: Partial<HeritageFilters> = {}): string {
  const f = { ...filters, ...overrides };
  return toSearch([
    ['grade', f.grade],
    ['feature', f.feature],
    ['kind', f.kind],
    ['works', f.works],
    ['needs', f.needsOff ? 'off' : ''],
    ['page', f.page > 1 ? String(f.page) : ''],
  ]);
}
