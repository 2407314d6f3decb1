import { describe, expect, it } from 'vitest';
import { addDays, endOfLocalDay, localDate, startOfLocalDay } from './dates';

const iso = (d: Date) => d.toISOString();
const hours = (date: string) => (endOfLocalDay(date).getTime() - startOfLocalDay(date).getTime()) / 3600_000;

describe('calendar days in Tétouan', () => {
  it('finds where an ordinary day starts and ends (UTC+1)', () => {
    expect(iso(startOfLocalDay('2026-12-05'))).toBe('2026-12-04T23:00:00.000Z');
    expect(iso(endOfLocalDay('2026-12-05'))).toBe('2026-12-05T23:00:00.000Z');
    expect(iso(endOfLocalDay('2026-12-31'))).toBe('2026-12-31T23:00:00.000Z');
    expect(hours('2026-12-05')).toBe(24);
  });

  it('gives the day the clocks go back for Ramadan 25 hours (03:00 UTC+1 becomes 02:00 UTC+0)', () => {
    expect(iso(startOfLocalDay('2026-02-15'))).toBe('2026-02-14T23:00:00.000Z');
    expect(iso(endOfLocalDay('2026-02-15'))).toBe('2026-02-16T00:00:00.000Z');
    expect(hours('2026-02-15')).toBe(25);
    // During Ramadan local time is UTC.
    expect(iso(startOfLocalDay('2026-03-01'))).toBe('2026-03-01T00:00:00.000Z');
  });

  it('gives the day the clocks go forward after Ramadan 23 hours (02:00 UTC+0 becomes 03:00 UTC+1)', () => {
    expect(iso(startOfLocalDay('2026-03-22'))).toBe('2026-03-22T00:00:00.000Z');
    expect(iso(endOfLocalDay('2026-03-22'))).toBe('2026-03-22T23:00:00.000Z');
    expect(hours('2026-03-22')).toBe(23);
  });

  it('reads the local date of an instant on both sides of local midnight and of a clock change', () => {
    expect(localDate(new Date('2026-12-04T22:59:59Z'))).toBe('2026-12-04');
    expect(localDate(new Date('2026-12-04T23:00:00Z'))).toBe('2026-12-05');
    // The extra hour of 15 February: 23:30 UTC is still that day in Tétouan, not the 16th.
    expect(localDate(new Date('2026-02-15T23:30:00Z'))).toBe('2026-02-15');
    expect(localDate(new Date('2026-03-21T23:30:00Z'))).toBe('2026-03-21');
    expect(localDate(new Date('2026-03-22T23:30:00Z'))).toBe('2026-03-23');
  });

  it('every instant of a day, and no other, falls between its start and end', () => {
    for (const date of ['2026-02-14', '2026-02-15', '2026-02-16', '2026-03-21', '2026-03-22', '2026-03-23']) {
      const start = startOfLocalDay(date).getTime();
      const end = endOfLocalDay(date).getTime();
      expect(localDate(new Date(start))).toBe(date);
      expect(localDate(new Date(end - 1))).toBe(date);
      expect(localDate(new Date(start - 1))).toBe(addDays(date, -1));
      expect(localDate(new Date(end))).toBe(addDays(date, 1));
    }
  });

  it('counts days as dates, across months, years and clock changes', () => {
    expect(addDays('2026-02-12', 6)).toBe('2026-02-18');
    expect(addDays('2026-12-29', 6)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
