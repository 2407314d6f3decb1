import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * The list by occurrence reads single events page by page from the database and expands only
 * repeating ones (controllers/event.ts). Paged through in small pages it must give exactly the
 * rows of one big page, in the same order, with the same total: here with single events that
 * start at the same instant across a page boundary (ordered by title, then slug) and a weekly
 * series whose dates fall between them.
 */
let h: Harness;
const UID = 'api::event.event';
const TAG = `paging-${Date.now()}`;
const AT = '2032-03-06T09:00:00.000Z';

async function list(query: string) {
  const res = await fetch(`${h.url}/api/events/occurrences?locale=fr&filters[slug][$startsWith]=${TAG}&from=2032-03-01T00:00:00Z&${query}`);
  expect(res.status).toBe(200);
  return res.json();
}
const keys = (body: any) => body.data.map((e: any) => `${e.occurrences[0].startsAt} ${e.slug}`);

beforeAll(async () => {
  h = await bootStrapi();
  const docs = h.strapi.documents(UID);
  // Nine events at the same instant, titles out of slug order; three others the day after.
  for (let i = 0; i < 12; i++) {
    const startsAt = i < 9 ? AT : '2032-03-07T09:00:00.000Z';
    const endsAt = new Date(new Date(startsAt).getTime() + 3600_000).toISOString();
    await docs.create({
      locale: 'fr',
      data: eventData(`${TAG}-${i}`, `Atelier ${(i * 7) % 12}`, { startsAt, endsAt }),
      status: 'published',
    } as any);
  }
  await docs.create({
    locale: 'fr',
    data: {
      ...eventData(`${TAG}-series`, 'Atelier du samedi', { startsAt: AT, endsAt: '2032-03-06T10:00:00.000Z' }),
      series: { frequency: 'weekly', interval: 1, count: 3 },
    },
    status: 'published',
  } as any);
});

afterAll(async () => {
  await h?.stop();
});

describe('paging the list by occurrence', () => {
  it('gives in small pages exactly the rows of one page, in order, with the same total', async () => {
    const whole = await list('pagination[pageSize]=100');
    expect(whole.meta.pagination.total).toBe(15);
    const paged: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const body = await list(`pagination[page]=${page}&pagination[pageSize]=4`);
      expect(body.meta.pagination).toMatchObject({ total: 15, pageCount: 4 });
      paged.push(...keys(body));
    }
    expect(paged).toEqual(keys(whole));
    expect(new Set(paged).size).toBe(15);
  });

  it('carries what a card shows, not the page’s description (the list and the CMS’s own /api/events)', async () => {
    const whole = await list('pagination[pageSize]=1');
    const own = await (await fetch(`${h.url}/api/events?locale=fr&filters[slug][$startsWith]=${TAG}`)).json();
    for (const row of [whole.data[0], own.data[0]]) {
      expect(row).toMatchObject({ title: expect.any(String), summary: expect.any(String), slug: expect.any(String) });
      expect(row).not.toHaveProperty('description');
      expect(row).not.toHaveProperty('searchText');
      expect(row).not.toHaveProperty('accessibilityNotes');
    }
    // The allowed case: an event's own page carries its description.
    const page = await (await fetch(`${h.url}/api/events/by-slug/${TAG}-0?locale=fr`)).json();
    expect(page.data).toHaveProperty('description');
  });

  it('counts one row per event when grouped', async () => {
    const grouped = await list('group=event&pagination[pageSize]=20');
    expect(grouped.meta.pagination.total).toBe(13);
    expect(grouped.data.find((e: any) => e.slug === `${TAG}-series`).occurrenceTotal).toBe(3);
  });
});
