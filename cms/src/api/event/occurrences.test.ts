import { describe, expect, it } from 'vitest';
import { pageOf, rowsOf, takeWindow, WindowRefused, type Candidate } from './occurrences';

const NOW = new Date('2027-01-29T09:00:00Z');
const weekly: Candidate = {
  documentId: 'w',
  title: 'Football',
  slug: 'football',
  startsAt: '2027-01-30T09:00:00Z',
  endsAt: '2027-01-30T11:00:00Z',
  series: { frequency: 'weekly', count: 3 },
  seriesChanges: [{ date: '2027-02-06', change: 'cancelled' }],
};
const once: Candidate = {
  documentId: 'o',
  title: 'Concert',
  slug: 'concert',
  startsAt: '2027-02-06T09:00:00Z',
  endsAt: '2027-02-06T10:00:00Z',
};

describe('the rows of the events list', () => {
  it('are occurrences in order of start, then title', () => {
    const rows = rowsOf([weekly, once], { from: NOW, group: false });
    expect(rows.map((r) => [r.documentId, r.occurrences[0].date, r.occurrences[0].change])).toEqual([
      ['w', '2027-01-30', null],
      ['o', '2027-02-06', null],
      ['w', '2027-02-06', 'cancelled'],
      ['w', '2027-02-13', null],
    ]);
  });

  it('grouped, are events with their dates in the window', () => {
    const rows = rowsOf([weekly, once], { from: new Date('2027-02-01T00:00:00Z'), group: true });
    expect(rows.map((r) => [r.documentId, r.occurrences.map((o) => o.date), r.total])).toEqual([
      ['o', ['2027-02-06'], 1],
      ['w', ['2027-02-06', '2027-02-13'], 2],
    ]);
  });

  it('leave out events with no date in the window', () => {
    expect(rowsOf([weekly, once], { from: NOW, to: new Date('2027-01-31T00:00:00Z'), group: false })).toHaveLength(1);
    expect(rowsOf([weekly], { from: new Date('2027-03-01T00:00:00Z'), group: false })).toEqual([]);
  });
});

describe('the window', () => {
  it('is read from the query and taken out of it', () => {
    const query: Record<string, unknown> = { from: '2027-02-01T00:00:00+01:00', to: '2027-02-08T00:00:00Z', group: 'event', locale: 'fr' };
    expect(takeWindow(query, NOW)).toEqual({ from: new Date('2027-01-31T23:00:00Z'), to: new Date('2027-02-08T00:00:00Z'), group: true });
    expect(query).toEqual({ locale: 'fr' });
    expect(takeWindow({}, NOW)).toEqual({ from: NOW, to: undefined, group: false });
  });

  it.each([{ from: 'tomorrow' }, { from: '2027-02-01' }, { to: '2027-02-01T00:00:00Z', from: '2027-02-02T00:00:00Z' }, { group: 'venue' }])(
    'refuses %o',
    (query) => {
      expect(() => takeWindow({ ...query }, NOW)).toThrow(WindowRefused);
    },
  );

  it('pages as Strapi does, capped', () => {
    expect(pageOf(undefined)).toEqual({ page: 1, pageSize: 25 });
    expect(pageOf({ page: '3', pageSize: '500' })).toEqual({ page: 3, pageSize: 100 });
    expect(pageOf({ page: '-2', pageSize: 'x' })).toEqual({ page: 1, pageSize: 25 });
  });
});
