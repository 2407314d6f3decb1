import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * A weekly series through the public API: the list by occurrence (`/api/events/occurrences`)
 * lists each date with its changes, a date window selects dates rather than first dates, grouping
 * gives one row per event, an event's page carries its next dates, and drafts stay out.
 */
let h: Harness;
const UID = 'api::event.event';
const SLUG = `series-${Date.now()}`;
// Saturdays at 10:00 in Tétouan, eight times from 3 May 2031 (UTC+1 then); 17 May cancelled, 24 May moved to Sunday.
const FIRST = '2031-05-03T09:00:00.000Z';
const MOVED = { startsAt: '2031-05-25T14:00:00.000Z', endsAt: '2031-05-25T16:00:00.000Z' };

async function get(path: string) {
  const res = await fetch(`${h.url}/api${path}`);
  return { status: res.status, body: await res.json() };
}

const occurrences = (query: string) => get(`/events/occurrences?locale=fr&filters[slug][$eq]=${SLUG}&${query}`);
const dates = (body: any) => body.data.map((e: any) => e.occurrences.map((o: any) => `${o.date}${o.change ? ` ${o.change}` : ''}`)).flat();

beforeAll(async () => {
  h = await bootStrapi();
  const docs = h.strapi.documents(UID);
  const series = {
    ...eventData(SLUG, 'Football des filles', { startsAt: FIRST, endsAt: '2031-05-03T11:00:00.000Z' }),
    series: { frequency: 'weekly', interval: 1, count: 8 },
    seriesChanges: [
      { date: '2031-05-17', change: 'cancelled' },
      { date: '2031-05-24', change: 'moved', ...MOVED },
    ],
  };
  const created = await docs.create({ locale: 'fr', data: series, status: 'published' } as any);
  await docs.update({
    documentId: created.documentId,
    locale: 'ar',
    data: { ...series, title: 'كرة القدم للفتيات', summary: 'حصة' },
    status: 'published',
  } as any);
  // A draft series on the same days must never show.
  await docs.create({ locale: 'fr', data: { ...series, slug: `${SLUG}-draft`, title: 'Brouillon' } } as any);
});

afterAll(async () => {
  await h?.stop();
});

describe('the list by occurrence', () => {
  it('lists each date of the series, the cancelled one marked, the moved one at its new time', async () => {
    const res = await occurrences('from=2031-05-01T00:00:00Z');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(dates(res.body)).toEqual([
      '2031-05-03',
      '2031-05-10',
      '2031-05-17 cancelled',
      '2031-05-24 moved',
      '2031-05-31',
      '2031-06-07',
      '2031-06-14',
      '2031-06-21',
    ]);
    expect(res.body.data[3].occurrences[0]).toMatchObject(MOVED);
    expect(res.body.data[1].occurrences[0]).toMatchObject({ startsAt: '2031-05-10T09:00:00.000Z', endsAt: '2031-05-10T11:00:00.000Z' });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 8 });
    // Every row is the event itself, as the list route answers it, with no row id.
    expect(res.body.data[0]).toMatchObject({ slug: SLUG, title: 'Football des filles', series: { frequency: 'weekly', count: 8 } });
    expect(res.body.data[0]).not.toHaveProperty('id');
    expect(res.body.data[0].recurrence).toBe('FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=SA;COUNT=8');
  });

  it('in a date window, gives the dates in it, even when the first date is before it', async () => {
    const res = await occurrences('from=2031-05-20T00:00:00Z&to=2031-06-08T00:00:00Z');
    expect(dates(res.body)).toEqual(['2031-05-24 moved', '2031-05-31', '2031-06-07']);
    expect((await occurrences('from=2031-07-01T00:00:00Z')).body.data).toEqual([]);
  });

  it('pages by occurrence', async () => {
    const res = await occurrences('from=2031-05-01T00:00:00Z&pagination[page]=2&pagination[pageSize]=3');
    expect(dates(res.body)).toEqual(['2031-05-24 moved', '2031-05-31', '2031-06-07']);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 3, total: 8 });
  });

  it('grouped by event, gives the series once with its dates', async () => {
    const res = await occurrences('from=2031-06-01T00:00:00Z&group=event');
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0].occurrenceTotal).toBe(3);
    expect(dates(res.body)).toEqual(['2031-06-07', '2031-06-14', '2031-06-21']);
  });

  it('in Arabic too, and never a draft', async () => {
    const res = await get(`/events/occurrences?locale=ar&from=2031-05-01T00:00:00Z&filters[slug][$startsWith]=${SLUG}`);
    expect(res.body.data.map((e: any) => e.title)).toEqual(Array(8).fill('كرة القدم للفتيات'));
    const draft = await get(`/events/occurrences?locale=fr&from=2031-05-01T00:00:00Z&filters[slug][$eq]=${SLUG}-draft`);
    expect(draft.body.data).toEqual([]);
  });

  it('refuses a bad window or an undeclared filter with a 400, and takes the good one', async () => {
    for (const query of [
      'from=soon',
      'from=2031-05-01',
      'from=2031-06-01T00:00:00Z&to=2031-05-01T00:00:00Z',
      'group=venue',
      'from[$gt]=1',
    ]) {
      const res = await occurrences(query);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(/);
    }
    expect((await get(`/events/occurrences?locale=fr&filters[recurrence][$null]=false`)).status).toBe(400);
    expect((await get(`/events/occurrences?locale=fr&filters[seriesEndsAt][$gt]=2031-01-01`)).status).toBe(400);
    expect((await occurrences('from=2031-05-01T00:00:00%2B01:00')).status).toBe(200);
  });
});

describe("an event's page", () => {
  it('carries its next dates', async () => {
    const res = await get(`/events/by-slug/${SLUG}?locale=fr`);
    expect(res.status).toBe(200);
    // The harness runs on the real clock, years before the series: every date is to come.
    expect(res.body.data.upcoming.map((o: any) => o.date)).toHaveLength(8);
    expect(res.body.data.seriesChanges).toHaveLength(2);
  });
});
