import { describe, expect, it } from 'vitest';
import { describeRepetition, repetitionOf, type CmsSeries } from './repetition';

const none = { monday: null, tuesday: null, wednesday: null, thursday: null, friday: null, saturday: null, sunday: null };
const series = (patch: Partial<CmsSeries>): CmsSeries => ({
  ...none,
  frequency: 'weekly',
  interval: 1,
  weekOfMonth: null,
  until: null,
  count: null,
  ...patch,
});
// Saturday 5 December 2026, 10:00 to 12:00 in Tétouan; the last date ends on 27 March 2027.
const START = '2026-12-05T09:00:00.000Z';
const END = '2026-12-05T11:00:00.000Z';
const LAST = '2027-03-27T11:00:00.000Z';
const say = (s: CmsSeries, locale: 'fr' | 'ar') => describeRepetition(repetitionOf(s, START, END, LAST)!, locale);

describe('a series in plain words', () => {
  it('weekly, on the first date’s day', () => {
    expect(say(series({}), 'fr')).toBe('Chaque samedi, de 10:00 à 12:00, jusqu’au 27 mars 2027');
    expect(say(series({}), 'ar')).toBe('كل يوم السبت، من 10:00 إلى 12:00، حتى 27 مارس 2027');
  });

  it('on the days ticked, every other week', () => {
    expect(say(series({ interval: 2, wednesday: true, saturday: true }), 'fr')).toMatch(/^Une semaine sur deux, le mercredi et samedi, /);
    expect(say(series({ interval: 2, wednesday: true, saturday: true }), 'ar')).toMatch(/^أسبوعا بعد أسبوع، يوم الأربعاء والسبت، /);
  });

  it('monthly, on the week of the first date or the one given', () => {
    expect(say(series({ frequency: 'monthly' }), 'fr')).toMatch(/^Le premier samedi du mois, /);
    expect(say(series({ frequency: 'monthly', weekOfMonth: 'last' }), 'ar')).toMatch(/^يوم السبت الأخير من كل شهر، /);
  });

  it('daily', () => {
    expect(say(series({ frequency: 'daily', interval: 3 }), 'fr')).toMatch(/^Tous les 3 jours, /);
  });

  it('is nothing for a single activity', () => {
    expect(repetitionOf(null, START, END, LAST)).toBeNull();
  });
});
