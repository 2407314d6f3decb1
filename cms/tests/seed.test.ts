import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/locales';
import { seedDemoOnce } from '../src/seed/seed';
import { bootStrapi, type Harness } from './strapi-harness';

let h: Harness;
const DAY = 86400000;
// The seed plans from "today": a fixed day (five days before Ramadan's clock change) keeps
// these checks independent of the day and hour they run.
const CLOCK = '2026-02-10T09:00:00+01:00';
const now = new Date(CLOCK).getTime();

beforeAll(async () => {
  process.env.HUB_CLOCK = CLOCK;
  h = await bootStrapi({ seed: true });
});
afterAll(async () => {
  await h?.stop();
  delete process.env.HUB_CLOCK;
});

async function all(path: string, locale: string) {
  const out: any[] = [];
  for (let page = 1; ; page++) {
    const { body } = await h.get(
      `${path}${path.includes('?') ? '&' : '?'}locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`,
    );
    out.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return out;
  }
}

describe('the demo city', () => {
  it('is kept in exactly the locales of src/locales.json, with its default as the default', async () => {
    const locales: { code: string; isDefault: boolean }[] = await h.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l) => l.code).sort()).toEqual([...LOCALE_CODES].sort());
    expect(await h.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it('has every neighbourhood, 30+ associations and 80+ events, complete in every locale', async () => {
    const demo = (await import('../src/seed/tetouan-demo.json')).default;
    for (const locale of LOCALE_CODES) {
      const neighbourhoods = await all('/api/neighbourhoods', locale);
      expect(neighbourhoods.map((n) => n.slug).sort()).toEqual(demo.neighbourhoods.map((n: any) => n.slug).sort());
      // The directory shows the associations the commune has verified, and only those.
      const associations = await all('/api/associations', locale);
      const verified = await h.strapi.db.query('api::association.association').count({ where: { locale, verified: true } });
      expect(await h.strapi.db.query('api::association.association').count({ where: { locale } })).toBeGreaterThanOrEqual(30);
      expect(associations.length).toBe(verified);
      expect(verified).toBeGreaterThanOrEqual(20);
      const events = await all('/api/events', locale);
      expect(events.length).toBeGreaterThanOrEqual(80);
      for (const e of events) {
        expect(e.title.trim(), e.slug).not.toBe('');
        expect(e.summary.trim(), e.slug).not.toBe('');
        expect(e.locale).toBe(locale);
      }
    }
    const ar = await all('/api/events', 'ar');
    const fr = await all('/api/events', 'fr');
    expect(new Set(fr.map((e) => e.documentId))).toEqual(new Set(ar.map((e) => e.documentId)));
    // Arabic text is Arabic and French text is French, not one copied into the other.
    expect(ar.every((e) => /[\u0600-\u06FF]/.test(e.title))).toBe(true);
    expect(fr.some((e) => /[\u0600-\u06FF]/.test(e.title))).toBe(false);
  });

  it('spreads events over the next three months, mostly in peripheral neighbourhoods, with a realistic mix', async () => {
    const events = await all('/api/events', 'fr');
    for (const e of events) {
      expect(new Date(e.endsAt).getTime()).toBeGreaterThan(now - DAY);
      expect(new Date(e.startsAt).getTime()).toBeLessThan(now + 92 * DAY);
    }
    const peripheral = events.filter((e) => e.venue?.neighbourhood?.peripheral).length;
    expect(peripheral / events.length).toBeGreaterThan(0.6);
    expect(new Set(events.map((e) => e.venue.neighbourhood.slug)).size).toBeGreaterThanOrEqual(10);
    expect(events.some((e) => e.domain === 'culture')).toBe(true);
    expect(events.some((e) => e.domain === 'sport')).toBe(true);
    expect(events.some((e) => e.isFree)).toBe(true);
    expect(events.some((e) => !e.isFree && e.priceMad > 0)).toBe(true);
    expect(events.some((e) => e.eventStatus === 'cancelled')).toBe(true);
    expect(events.some((e) => e.accessibility.signLanguage)).toBe(true);
    expect(events.some((e) => e.audience.womenOnly)).toBe(true);
    expect(events.some((e) => e.audience.children)).toBe(true);
    expect(events.some((e) => e.accessibility.wheelchair)).toBe(true);
    expect(events.some((e) => !e.accessibility.wheelchair)).toBe(true);
  });

  it('has sample signed videos, each with WebVTT captions and a transcript in every locale, and easy-read texts', async () => {
    const signed = await all('/api/events?filters[signLanguageVideo][signedOn][$notNull]=true', DEFAULT_LOCALE);
    expect(signed.length).toBeGreaterThanOrEqual(3);
    for (const locale of LOCALE_CODES) {
      for (const { slug } of signed) {
        const { body } = await h.get(`/api/events/by-slug/${slug}?locale=${locale}`);
        const video = body.data.signLanguageVideo;
        expect(video.video.mime, slug).toBe('video/mp4');
        expect(video.sample, slug).toBe(true);
        expect(video.tracks.map((t: any) => t.language).sort(), slug).toEqual([...LOCALE_CODES].sort());
        for (const t of video.tracks) {
          expect(t.captions.url, slug).toMatch(/^\/uploads\/.+\.vtt$/);
          expect(t.transcript.length, slug).toBeGreaterThan(20);
        }
        const vtt = await fetch(`${h.url}${video.tracks[0].captions.url}`);
        expect((await vtt.text()).startsWith('WEBVTT')).toBe(true);
      }
    }
    const { body } = await h.get(`/api/events/by-slug/${signed[0].slug}?locale=fr`);
    expect(body.data.easyRead.length).toBeGreaterThan(2);
  });

  it('always offers a free, wheelchair-accessible sport event in Kouilma later today', async () => {
    const { body } = await h.get(
      '/api/events?locale=fr&filters[venue][neighbourhood][slug][$eq]=kouilma&filters[domain][$eq]=sport&filters[isFree][$eq]=true&filters[accessibility][wheelchair][$eq]=true&sort=startsAt:asc',
    );
    expect(body.data.length).toBeGreaterThan(0);
    // Half an hour after the clock, on the quarter hour: 09:30 in Tétouan.
    expect(body.data[0].startsAt).toBe('2026-02-10T08:30:00.000Z');
  });

  it('has calls for interest open, to come and closed, and a partnership on an association page in each language', async () => {
    const calls = await h.get('/api/calls?locale=fr&sort=deadline');
    expect(calls.body.data.map((c: any) => c.phase).sort()).toEqual(['closed', 'open', 'upcoming']);
    const partnerships = await h.get('/api/partnerships?locale=ar');
    expect(partnerships.body.data).toHaveLength(1);
    for (const locale of LOCALE_CODES) {
      const slug = partnerships.body.data[0].association.slug;
      const page = await h.get(`/api/associations/by-slug/${slug}?locale=${locale}`);
      expect(page.body.data.partnerships).toEqual([
        expect.objectContaining({ kind: 'venue-hosting', call: expect.objectContaining({ reference: 'AMI-2026-05' }) }),
      ]);
    }
  });

  it('is loaded once: a second run changes nothing', async () => {
    const before = (await h.get('/api/events?pagination[pageSize]=1')).body.meta.pagination.total;
    expect(await seedDemoOnce(h.strapi)).toBe(false);
    const after = (await h.get('/api/events?pagination[pageSize]=1')).body.meta.pagination.total;
    expect(after).toBe(before);
  });
});
