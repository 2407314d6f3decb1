import { describe, expect, it } from 'vitest';
import city from './tetouan-demo.json';
import { planHeritagePoints } from './heritage';
import raw from './heritage.json';

const DAY = new Date('2026-02-10T09:00:00+01:00');

describe('the demo heritage points', () => {
  it('cover every heritage point of tetouan-demo.json, marked as demonstration data, with works dates from the day of seeding', () => {
    const plans = planHeritagePoints(DAY);
    expect(plans.map((p) => p.slug).sort()).toEqual(city.heritagePoints.map((p) => p.slug).sort());
    const okla = plans.find((p) => p.slug === 'bab-okla')!;
    expect(okla.worksStatus).toBe('done');
    expect(okla.worksEndOn! < '2026-02-10').toBe(true);
    expect(okla.accessibility.surveyedAt).toBe('2026-01-26');
    // Varied: some points have steps, some are level, some are barely known.
    expect(plans.some((p) => p.accessibility.entranceStepCount === 12)).toBe(true);
    expect(plans.some((p) => p.accessibility.entranceIsLevel === true)).toBe(true);
    expect(plans.some((p) => Object.keys(p.accessibility).length <= 2)).toBe(true);
  });

  it('lists every problem of the data at once (the check can fail)', () => {
    const bad = {
      surveyedBy: 'nobody',
      points: [
        ...raw.points.slice(1),
        { ...raw.points[0], facts: { entranceStepCount: -1, pathwaySurface: 'lava', wheelchair: true } },
        { ...raw.points[1], slug: 'atlantis' },
      ],
    };
    let message = '';
    try {
      planHeritagePoints(DAY, bad);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const problem of [
      /surveyedBy: "nobody"/,
      /entranceStepCount: expected an integer/,
      /"lava" is not/,
      /unknown field wheelchair/,
      /"atlantis" is not/,
    ]) {
      expect(message).toMatch(problem);
    }
  });
});
