import { describe, expect, it } from 'vitest';
import { localDate, localToday, localToUtc } from './time';

describe('wall-clock time in Tétouan', () => {
  it('is UTC+1 most of the year', () => {
    expect(localToUtc(2026, 12, 5, 16).toISOString()).toBe('2026-12-05T15:00:00.000Z');
    expect(localToUtc(2026, 1, 10, 9, 30).toISOString()).toBe('2026-01-10T08:30:00.000Z');
  });

  it('is UTC+0 during Ramadan, between the clock changes of 15 February and 22 March 2026', () => {
    expect(localToUtc(2026, 2, 15, 16).toISOString()).toBe('2026-02-15T16:00:00.000Z');
    expect(localToUtc(2026, 3, 21, 16).toISOString()).toBe('2026-03-21T16:00:00.000Z');
    expect(localToUtc(2026, 3, 22, 16).toISOString()).toBe('2026-03-22T15:00:00.000Z');
  });

  it('rolls a day past the end of the month over, as the seed counts days from today', () => {
    expect(localToUtc(2026, 1, 32, 10).toISOString()).toBe(localToUtc(2026, 2, 1, 10).toISOString());
    expect(localToUtc(2026, 12, 32, 10).toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });

  it('reads the local date of an instant, which can be the day after its UTC date', () => {
    expect(localToday(new Date('2026-12-04T23:30:00Z'))).toEqual({ year: 2026, month: 12, day: 5 });
    expect(localDate(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    // During Ramadan local time is UTC: 23:30 UTC is still the same day.
    expect(localDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
  });
});
