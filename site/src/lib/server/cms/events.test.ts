import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '$lib/events/filters';
import { eventListQuery, eventQueryFilters } from './events';

describe('event filters sent to the CMS', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('shows events that have not ended when no date is given', () => {
    expect(eventQueryFilters({ ...EMPTY_FILTERS, access: [] }, now)).toEqual({ $and: [{ endsAt: { $gte: '2026-11-24T12:00:00.000Z' } }] });
  });

  it('turns each filter into the matching CMS condition', () => {
    const q = eventQueryFilters({ ...EMPTY_FILTERS, neighbourhood: 'kouilma', category: 'sport', audience: 'disability', access: ['wheelchair', 'easy-read'], free: true, from: '2026-12-01', to: '2026-12-31', q: 'Boccia' }, now) as { $and: unknown[] };
    expect(q.$and).toEqual([
      { endsAt: { $gte: '2026-11-30T23:00:00.000Z' } },
      { startsAt: { $lt: '2026-12-31T23:00:00.000Z' } },
      { venue: { neighbourhood: { slug: { $eq: 'kouilma' } } } },
      { domain: { $eq: 'sport' } },
      { audience: { peopleWithDisabilities: { $eq: true } } },
      { accessibility: { wheelchair: { $eq: true } } },
      { accessibility: { easyRead: { $eq: true } } },
      { isFree: { $eq: true } },
    ]);
  });

  it('leaves the text search to the CMS, which folds it as it folded what it stores', () => {
    const query = eventListQuery({ ...EMPTY_FILTERS, access: [], q: 'Théâtre' }, 'fr', 12, now);
    expect(query.search).toBe('Théâtre');
    expect(JSON.stringify(query.filters)).not.toContain('Théâtre');
    expect(eventListQuery({ ...EMPTY_FILTERS, access: [] }, 'fr', 12, now)).not.toHaveProperty('search');
  });

  it('filters a single kind of activity by category', () => {
    const q = eventQueryFilters({ ...EMPTY_FILTERS, access: [], category: 'chess' }, now) as { $and: unknown[] };
    expect(q.$and).toContainEqual({ category: { $eq: 'chess' } });
  });
});
