import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { TIME_ZONE } from '../../time';
import { occurrencesBetween, occurrencesOf, recurrenceRule, seriesEnd, seriesFacts, type Schedule } from './series';

const local = (iso: string) => {
  const t = new TZDate(new Date(iso).getTime(), TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
};

// Saturday 30 January 2027, 10:00 to 12:00 in Tétouan (UTC+1); Morocco is on UTC+0 for Ramadan, from mid-February.
const saturdays: Schedule = {
  startsAt: '2027-01-30T09:00:00.000Z',
  endsAt: '2027-01-30T11:00:00.000Z',
  series: { frequency: 'weekly', interval: 1, count: 8 },
};

describe('a weekly series', () => {
  it('gives each Saturday at 10:00 Tétouan time, across the clock change of Ramadan', () => {
    const all = occurrencesOf(saturdays);
    expect(all.map((o) => local(o.startsAt))).toEqual([
      '2027-01-30 10:00',
      '2027-02-06 10:00',
      '2027-02-13 10:00',
      '2027-02-20 10:00',
      '2027-02-27 10:00',
      '2027-03-06 10:00',
      '2027-03-13 10:00',
      '2027-03-20 10:00',
    ]);
    expect(all.map((o) => local(o.endsAt).slice(11))).toEqual(Array(8).fill('12:00'));
    // The instants differ by the clock change: the point of expanding in wall-clock time.
    expect(new Set(all.map((o) => o.startsAt.slice(11, 16))).size).toBe(2);
  });

  it('keeps a cancelled date, marked, and replaces a moved one', () => {
    const all = occurrencesOf({
      ...saturdays,
      seriesChanges: [
        { date: '2027-02-06', change: 'cancelled' },
        { date: '2027-02-13', change: 'moved', startsAt: '2027-02-14T15:00:00.000Z', endsAt: '2027-02-14T17:00:00.000Z' },
      ],
    });
    expect(all[1]).toMatchObject({ date: '2027-02-06', change: 'cancelled' });
    expect(all[2]).toEqual({
      date: '2027-02-13',
      change: 'moved',
      startsAt: '2027-02-14T15:00:00.000Z',
      endsAt: '2027-02-14T17:00:00.000Z',
    });
    expect(all.filter((o) => o.change === null)).toHaveLength(6);
  });

  it('on several days, until a date (inclusive)', () => {
    const all = occurrencesOf({ ...saturdays, series: { frequency: 'weekly', wednesday: true, saturday: true, until: '2027-02-10' } });
    expect(all.map((o) => local(o.startsAt).slice(0, 10))).toEqual(['2027-01-30', '2027-02-03', '2027-02-06', '2027-02-10']);
  });

  it('every other week', () => {
    const all = occurrencesOf({ ...saturdays, series: { frequency: 'weekly', interval: 2, count: 3 } });
    expect(all.map((o) => o.date)).toEqual(['2027-01-30', '2027-02-13', '2027-02-27']);
  });

  it('lists only what is not over at `from` and begins before `to`', () => {
    const between = occurrencesBetween(saturdays, new Date('2027-02-06T10:00:00Z'), new Date('2027-02-21T00:00:00Z'));
    // The 6 February session, begun but not over, is still listed.
    expect(between.map((o) => o.date)).toEqual(['2027-02-06', '2027-02-13', '2027-02-20']);
  });

  it('ends when its last date ends', () => {
    expect(local(seriesEnd(saturdays)!)).toBe('2027-03-20 12:00');
    expect(seriesEnd({ startsAt: '2027-01-30T09:00:00Z', endsAt: '2027-01-30T11:00:00Z' })).toBe('2027-01-30T11:00:00.000Z');
  });
});

describe('a monthly series', () => {
  it('falls on the same week and day of each month as its first date', () => {
    // Saturday 5 December 2026 is the first Saturday of its month.
    const all = occurrencesOf({
      startsAt: '2026-12-05T09:00:00Z',
      endsAt: '2026-12-05T10:00:00Z',
      series: { frequency: 'monthly', count: 3 },
    });
    expect(all.map((o) => o.date)).toEqual(['2026-12-05', '2027-01-02', '2027-02-06']);
  });

  it('on the last Friday when asked', () => {
    const all = occurrencesOf({
      startsAt: '2026-11-27T17:00:00Z',
      endsAt: '2026-11-27T19:00:00Z',
      series: { frequency: 'monthly', weekOfMonth: 'last', count: 3 },
    });
    expect(all.map((o) => o.date)).toEqual(['2026-11-27', '2026-12-25', '2027-01-29']);
  });
});

describe('the RFC 5545 rule', () => {
  it('names the days and ends at the end of the last day, in UTC', () => {
    expect(recurrenceRule({ ...saturdays, series: { frequency: 'weekly', until: '2027-03-27' } })).toBe(
      'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=SA;UNTIL=20270327T225959Z',
    );
    // During Ramadan, Tétouan's midnight is UTC's.
    expect(recurrenceRule({ ...saturdays, series: { frequency: 'weekly', until: '2027-02-20' } })).toMatch(/UNTIL=20270220T235959Z$/);
    expect(recurrenceRule({ startsAt: '2026-12-05T09:00:00Z', series: { frequency: 'monthly', count: 3 } })).toBe(
      'FREQ=MONTHLY;INTERVAL=1;WKST=MO;BYDAY=+1SA;COUNT=3',
    );
    expect(recurrenceRule({ startsAt: saturdays.startsAt })).toBeNull();
  });
});

describe('what the rules check', () => {
  it('whether the first date is one of the series', () => {
    expect(seriesFacts({ frequency: 'weekly', saturday: true, count: 3 }, saturdays.startsAt!).startsOnRule).toBe(true);
    expect(seriesFacts({ frequency: 'weekly', friday: true, count: 3 }, saturdays.startsAt!).startsOnRule).toBe(false);
    expect(seriesFacts({ frequency: 'monthly', weekOfMonth: 'last', count: 3 }, saturdays.startsAt!).startsOnRule).toBe(true);
    expect(seriesFacts({ frequency: 'monthly', weekOfMonth: 'first', count: 3 }, saturdays.startsAt!).startsOnRule).toBe(false);
  });

  it('whether the series is too long', () => {
    expect(seriesFacts({ frequency: 'daily', until: '2028-01-29' }, saturdays.startsAt!).tooLong).toBe(false);
    expect(seriesFacts({ frequency: 'daily', until: '2028-12-31' }, saturdays.startsAt!).tooLong).toBe(true);
    expect(seriesFacts({ frequency: 'weekly', until: '2029-03-01' }, saturdays.startsAt!).tooLong).toBe(true);
    // A draft with no end yet stays finite.
    expect(seriesFacts({ frequency: 'weekly' }, saturdays.startsAt!).dates.length).toBeLessThanOrEqual(105);
  });
});
