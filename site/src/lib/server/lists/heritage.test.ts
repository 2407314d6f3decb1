import { describe, expect, it } from 'vitest';
import { EMPTY_HERITAGE_FILTERS, heritageFiltersToSearch, type HeritageFilters } from '$lib/heritage/filters';
import { filterHeritage, parseHeritageFilters } from './heritage';

describe('the heritage list filters', () => {
  it('reads grade, features, kind, works and needs=off, and writes them back the same', () => {
    const search = '?grade=fully&feature=step-free&feature=accessible-toilet&kind=museum&works=done&needs=off';
    const { filters, problems } = parseHeritageFilters(new URLSearchParams(search));
    expect(problems).toEqual([]);
    expect(filters).toEqual({ grade: 'fully', feature: ['step-free', 'accessible-toilet'], kind: 'museum', works: 'done', needsOff: true });
    expect(heritageFiltersToSearch(filters)).toBe(search);
  });

  it('drops and reports what it cannot use, keeping the rest', () => {
    const { filters, problems } = parseHeritageFilters(
      new URLSearchParams('grade=great&feature=lava&feature=braille&kind=castle&works=soon&needs=on'),
    );
    expect(filters).toEqual({ grade: '', feature: ['braille'], kind: '', works: '', needsOff: false });
    expect(problems.map((p) => p.key).sort()).toEqual(['param_feature', 'param_grade', 'param_kind', 'param_needs', 'param_works']);
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
