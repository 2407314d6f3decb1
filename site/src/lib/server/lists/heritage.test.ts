import { describe, expect, it } from 'vitest';
import { EMPTY_HERITAGE_FILTERS, heritageFiltersToSearch, type HeritageFilters } from '$lib/heritage/filters';
import { filterHeritage, heritagePage, parseHeritageFilters } from './heritage';

describe('the heritage list filters', () => {
  it('reads grade, features, kind, works and needs=off, and writes them back the same', () => {
    const search = '?grade=fully&feature=step-free&feature=accessible-toilet&kind=museum&works=done&needs=off&page=2';
    const { filters, problems } = parseHeritageFilters(new URLSearchParams(search));
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      grade: 'fully',
      feature: ['step-free', 'accessible-toilet'],
      kind: 'museum',
      works: 'done',
      needsOff: true,
      page: 2,
    });
    expect(heritageFiltersToSearch(filters)).toBe(search);
  });

  it('drops and reports what it cannot use, keeping the rest', () => {
    const { filters, problems } = parseHeritageFilters(
      new URLSearchParams('grade=great&feature=lava&feature=braille&kind=castle&works=soon&needs=on&page=-3'),
    );
    expect(filters).toEqual({ grade: '', feature: ['braille'], kind: '', works: '', needsOff: false, page: 1 });
    expect(problems.map((p) => p.key).sort()).toEqual([
      'param_feature',
      'param_grade',
      'param_kind',
      'param_needs',
      'param_page',
      'param_works',
    ]);
  });
});

describe('the heritage list in pages', () => {
  const items = Array.from({ length: 50 }, (_, i) => i + 1);
  const at = (page: number) => ({ ...EMPTY_HERITAGE_FILTERS, page });

  it('shows 24 points a page, the last page what is left', () => {
    expect(heritagePage(items, at(1), [])).toEqual({ page: 1, pageCount: 3, items: items.slice(0, 24) });
    expect(heritagePage(items, at(3), [])).toEqual({ page: 3, pageCount: 3, items: [49, 50] });
  });

  it('shows the first page, and says so, for a page past the end; an empty list is one empty page', () => {
    const problems: never[] = [];
    const filters = at(9);
    expect(heritagePage(items, filters, problems)).toMatchObject({ page: 1, items: items.slice(0, 24) });
    expect(filters.page).toBe(1);
    expect(problems).toEqual([{ key: 'param_page', values: { value: '9' } }]);
    expect(heritagePage([], at(1), [])).toEqual({ page: 1, pageCount: 1, items: [] });
  });
});

describe('the heritage list with filters and a profile', () => {
  const point = (slug: string, facts: Record<string, unknown> | null, grade: 'fully' | 'partially' | 'not' | null) =>
    ({ slug, facts, grade, kind: 'gate', worksStatus: 'done' }) as never;
  const points = [
    point('level', { entranceIsLevel: true, hasAccessibleToilet: true }, 'fully'),
    point(
      'steps',
      { entranceStepCount: 3, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, hasAccessibleToilet: true },
      'not',
    ),
    point('blank', null, null),
  ];
  const none: HeritageFilters = EMPTY_HERITAGE_FILTERS;

  it('shows only what fits a profile, never what is not known; needs=off shows all, marked', () => {
    const fits = filterHeritage(points, { ...none }, ['step-free', 'accessible-toilet']);
    expect(fits.map((p) => [p.slug, p.fit])).toEqual([['level', 'fits']]);
    const all = filterHeritage(points, { ...none, needsOff: true }, ['step-free', 'accessible-toilet']);
    expect(all.map((p) => [p.slug, p.fit])).toEqual([
      ['level', 'fits'],
      ['steps', 'no'],
      ['blank', 'unknown'],
    ]);
  });

  it('filters by grade (including not known) and by features known to be there', () => {
    expect(filterHeritage(points, { ...none, grade: 'unknown' }, []).map((p) => p.slug)).toEqual(['blank']);
    expect(filterHeritage(points, { ...none, feature: ['accessible-toilet'] }, []).map((p) => p.slug)).toEqual(['level', 'steps']);
    expect(filterHeritage(points, { ...none, feature: ['step-free'] }, []).map((p) => [p.slug, p.fit])).toEqual([['level', null]]);
  });
});
