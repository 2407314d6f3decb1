import { describe, expect, it } from 'vitest';
import type { PlaceFacts } from './facts';
import { gradeOf } from './grade';

/** A way there that decides nothing against the entrance: flat and smooth. */
const flat: PlaceFacts = { pathwaySlopePercent: 2, pathwaySmoothness: 'good' };

describe('the overall grade, derived from the facts', () => {
  it.each<[string, PlaceFacts, string | null]>([
    ['a level entrance on a flat, smooth way', { entranceIsLevel: true, ...flat }, 'fully'],
    ['steps with a fixed ramp', { entranceIsLevel: false, entranceStepCount: 3, entranceHasFixedRamp: true, ...flat }, 'fully'],
    ['a level side entrance', { entranceStepCount: 2, entranceHasFixedRamp: false, hasLevelSideEntrance: true, ...flat }, 'fully'],
    [
      'a single step with no ramp, height not known',
      { entranceIsLevel: false, entranceStepCount: 1, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, ...flat },
      null,
    ],
    [
      'a single low step with no ramp',
      { entranceStepCount: 1, entranceStepHeightCm: 5, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, ...flat },
      'partially',
    ],
    [
      'a single high step with no ramp',
      { entranceStepCount: 1, entranceStepHeightCm: 15, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, ...flat },
      'not',
    ],
    [
      'a step with a ramp on request',
      { entranceStepCount: 1, entranceStepHeightCm: 12, entranceHasRemovableRamp: true, ...flat },
      'partially',
    ],
    ['three steps and no ramp', { entranceStepCount: 3, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, ...flat }, 'not'],
    ['a level entrance up a 9 % slope', { entranceIsLevel: true, pathwaySlopePercent: 9, pathwaySmoothness: 'good' }, 'partially'],
    ['a level entrance up a 15 % slope', { entranceIsLevel: true, pathwaySlopePercent: 15, pathwaySmoothness: 'good' }, 'not'],
    ['a level entrance over bad cobbles', { entranceIsLevel: true, pathwaySlopePercent: 3, pathwaySurface: 'cobblestone' }, 'partially'],
    ['a level entrance through a 65 cm door', { entranceIsLevel: true, entranceDoorWidthCm: 65, ...flat }, 'not'],
  ])('%s', (_, facts, grade) => {
    expect(gradeOf(facts)).toBe(grade);
  });

  it('never makes a single step with no ramp "fully", whatever the surveyor wrote', () => {
    const step: PlaceFacts = {
      entranceIsLevel: false,
      entranceStepCount: 1,
      entranceHasFixedRamp: false,
      entranceHasRemovableRamp: false,
      ...flat,
    };
    expect(gradeOf({ ...step, wheelchairAccessibilityGrade: 'fully' })).toBe('partially');
    expect(gradeOf({ ...step, entranceStepHeightCm: 6 })).not.toBe('fully');
  });

  it('is not known when the facts are too few, and falls back on the surveyor within what the facts allow', () => {
    expect(gradeOf(null)).toBeNull();
    expect(gradeOf({})).toBeNull();
    expect(gradeOf({ pathwaySurface: 'cobblestone' })).toBeNull();
    expect(gradeOf({ entranceIsLevel: true })).toBeNull();
    expect(gradeOf({ entranceIsLevel: true, wheelchairAccessibilityGrade: 'fully' })).toBe('fully');
    expect(gradeOf({ pathwaySurface: 'cobblestone', wheelchairAccessibilityGrade: 'fully' })).toBe('partially');
    // A known blocker decides alone, even with other facts missing.
    expect(gradeOf({ pathwaySlopePercent: 20 })).toBe('not');
  });
});
