import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createEventDraft, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get, SITE, within60s } from './harness';

/**
 * The site keeps what the CMS answered and the pages it rendered (src/lib/server/cms/cache.ts,
 * page-cache.ts) for minutes; the CMS's webhook drops exactly what a change touches. Not a
 * timing: each surface is read (so cached) before the change, and read once, without retrying,
 * after the webhook has been seen to arrive (the event's own page changed). A surface the
 * invalidation missed would still show the old answer.
 *
 * It first proves the site answers from memory (the `x-hub-cache` header of its rendered pages).
 */
const slug = `cache-test-${randomBytes(3).toString('hex')}`;
const surfaces = {
  page: `/fr/events/${slug}`,
  list: `/fr/events?q=${slug}`,
  map: `/fr/events/points.json?q=${slug}`,
  feed: `/fr/events/calendar.ics?q=${slug}`,
  eventFeed: `/fr/events/${slug}/calendar.ics`,
  sitemap: '/sitemap.xml',
};
let as: ReturnType<typeof adminApi>;
let documentId = '';
let webhook: { name: string; url: string; events: string[]; isEnabled: boolean };

beforeAll(async () => {
  as = adminApi(await signIn());
  const hooks = (await as('/admin/webhooks')).data as (typeof webhook)[];
  webhook = hooks.find((w) => w.name === 'Site cache (hub)')!;
  expect(webhook, 'the CMS wrote its webhook to the site on start (REVALIDATE_SECRET is set)').toBeTruthy();
  expect(webhook.isEnabled).toBe(true);
  const venue = (await (await fetch(`${CMS}/api/venues/by-slug/terrain-de-proximite-kouilma?locale=fr`)).json()).data.documentId;
  // Tomorrow, so it is in every list and feed from "now".
  documentId = await createEventDraft(as, eventFields(slug, 1), {
    ar: { title: `أمسية التجربة ${slug}`, summary: 'أمسية.', venue: { connect: [{ documentId: venue, locale: 'ar' }] } },
    fr: { title: `Soirée d’essai ${slug}`, summary: 'Une soirée.', venue: { connect: [{ documentId: venue, locale: 'fr' }] } },
  });
  for (const locale of ['ar', 'fr']) await as(`${EVENTS}/${documentId}/actions/publish?locale=${locale}`, 'POST', {});
  expect(await within60s(async () => (await get(surfaces.page)).status === 200)).toBe(true);
});

const republish = async (title: string) => {
  await as(`${EVENTS}/${documentId}?locale=fr`, 'PUT', { title });
  await as(`${EVENTS}/${documentId}/actions/publish?locale=fr`, 'POST', {});
};

describe('the site’s caches and the CMS’s webhook', () => {
  it('is relayed by the replica that hears it to every replica, once, and refused without the secret', async () => {
    const secret = process.env.REVALIDATE_SECRET!;
    const post = (headers: Record<string, string>) =>
      fetch(`${SITE}/internal/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ event: 'entry.update', model: 'neighbourhood', entry: { documentId: 'none' } }),
      });
    // The test stack runs one replica that names itself as its peers (scripts/test.mjs).
    const heard = await post({ 'x-revalidate-secret': secret });
    expect(heard.status).toBe(200);
    expect((await heard.json()).relayed).toEqual({ replicas: 1, reached: 1 });
    const relayed = await post({ 'x-revalidate-secret': secret, 'x-revalidate-relayed': '1' });
    expect(relayed.status).toBe(200);
    expect((await relayed.json()).relayed).toBeUndefined();
    expect((await post({ 'x-revalidate-secret': `${secret}x` })).status).toBe(403);
  });

  it('answer from memory: a page asked twice is rendered once, and revalidates with a 304', async () => {
    // Asked until kept: a change another test published may drop the page a moment after it is rendered.
    await expect.poll(async () => (await get(surfaces.list)).headers.get('x-hub-cache')).toBe('hit');
    const first = await get(surfaces.list);
    const second = await get(surfaces.list);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await get(surfaces.list, { headers: { 'if-none-match': second.headers.get('etag')! } })).status).toBe(304);
  });

  it('show a change published in the CMS on the next request after the webhook, on every surface', async () => {
    for (const path of Object.values(surfaces)) await get(path);
    await expect
      .poll(async () => (await get(surfaces.list)).headers.get('x-hub-cache'), 'the list is in memory before the change')
      .toBe('hit');
    await republish(`Soirée renommée ${slug}`);
    // The webhook has arrived once the page shows it...
    expect(await within60s(async () => (await get(surfaces.page)).text.includes(`Soirée renommée ${slug}`))).toBe(true);
    // ...and every other surface shows it on its next request, without waiting.
    expect((await get(surfaces.list)).text).toContain(`Soirée renommée ${slug}`);
    expect((await get(surfaces.map)).text).toContain(`Soirée renommée ${slug}`);
    expect((await get(surfaces.feed)).text).toContain(`Soirée renommée ${slug}`);
    expect((await get(surfaces.eventFeed)).text).toContain(`Soirée renommée ${slug}`);
  });

  it('forget an unpublished event: gone from the list, its page, the map, the calendar feeds and the sitemap', async () => {
    // Every surface read, so cached, with the event in it.
    for (const [name, path] of Object.entries(surfaces)) {
      const res = await get(path);
      expect(res.status, name).toBe(200);
      expect(res.text, name).toContain(
        name === 'map' || name === 'page' || name === 'list' || name.endsWith('eed') ? 'Soirée renommée' : slug,
      );
    }
    for (const locale of ['ar', 'fr']) await as(`${EVENTS}/${documentId}/actions/unpublish?locale=${locale}`, 'POST', {});
    expect(await within60s(async () => (await get(surfaces.page)).status === 404)).toBe(true);
    expect((await get(surfaces.list)).text).not.toContain(`/fr/events/${slug}`);
    expect(JSON.parse((await get(surfaces.map)).text).points.map((p: { slug: string }) => p.slug)).not.toContain(slug);
    expect((await get(surfaces.feed)).text).not.toContain(slug);
    expect((await get(surfaces.eventFeed)).status).toBe(404);
    expect((await get(surfaces.sitemap)).text).not.toContain(`/events/${slug}<`);
    expect((await get(`/ar/events/${slug}`)).status).toBe(404);
  });
});
