import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { get } from './harness';

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((s) => !s.includes('application/ld+json'));

describe('addresses', () => {
  it('sends / to the visitor’s language, else Arabic', async () => {
    expect((await get('/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).headers.get('location')).toBe('/fr');
    expect((await get('/', { headers: { 'accept-language': 'en-US' } })).headers.get('location')).toBe('/ar');
  });

  it('answers liveness and lists every page in both locales in the sitemap', async () => {
    expect((await get('/healthz')).status).toBe(200);
    const sitemap = (await get('/sitemap.xml')).text;
    for (const path of [
      '/ar',
      '/fr',
      '/ar/events',
      '/fr/events',
      '/ar/associations',
      '/fr/accessibility',
      '/ar/events/adapted-sport-day-kouilma',
      '/fr/associations/amal-kouilma-sport',
    ]) {
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`));
    }
    expect(sitemap).toContain('hreflang="fr"');
  });

  it.each(['ar', 'fr'])('gives localized 404 pages in %s', async (locale) => {
    for (const path of [
      `/${locale}/nothing-here`,
      `/${locale}/events/no-such-event`,
      `/${locale}/events/Bad_Slug!`,
      `/${locale}/associations/none`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).toContain(`lang="${locale}"`);
      expect(res.text, path).toContain(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page introuvable');
    }
  });
});

describe('bad input never breaks a page', () => {
  const long = 'x'.repeat(2000);
  it.each([
    ['unknown neighbourhood', 'neighbourhood=atlantis', { ar: 'غير معروف', fr: 'est inconnu' }],
    ['malformed date', 'from=2026-13-45', { ar: 'غير صالح', fr: 'n’est pas valide' }],
    ['absurd page number', 'page=99999999999999', { ar: 'رقم الصفحة', fr: 'numéro de page' }],
    ['page past the end', 'page=400', { ar: 'رقم الصفحة', fr: 'numéro de page' }],
    ['2,000 characters', `q=${long}`, { ar: 'طويل جدا', fr: 'trop long' }],
    ['repeated parameter', 'category=sport&category=culture', { ar: 'مكرر', fr: 'est répété' }],
    [
      'injection attempt',
      `q=${encodeURIComponent('<script>alert(1)</script>')}&neighbourhood=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
      { ar: 'غير معروف', fr: 'est inconnu' },
    ],
  ])('%s', async (_, query, expected) => {
    for (const locale of ['ar', 'fr'] as const) {
      const res = await get(`/${locale}/events?${query}`);
      expect(res.status, `${locale} ${query.slice(0, 40)}`).toBe(200);
      expect(res.text).toContain(expected[locale]);
      expect(res.text).not.toContain('<script>alert(1)');
      expect(res.text).not.toContain('<img src=x');
    }
  });

  it('ignores unknown parameters quietly', async () => {
    const res = await get('/fr/events?utm_source=sms&foo=bar');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('role="alert"');
  });

  it.each([
    ['ar', 'فئة الجمعيات', 'طويل جدا'],
    ['fr', 'La catégorie d’association', 'trop long'],
  ])('reads the directory of associations the same way (%s)', async (locale, unknownCategory, tooLong) => {
    const bad = await get(`/${locale}/associations?category=astronauts&neighbourhood=atlantis&q=${'z'.repeat(300)}`);
    expect(bad.status).toBe(200);
    expect(bad.text).toContain(unknownCategory);
    expect(bad.text).toContain(tooLong);
    // The allowed case: page=01 is page 1, and nothing is reported.
    const fine = await get(`/${locale}/associations?category=sport&page=01`);
    expect(fine.status).toBe(200);
    expect(fine.text).not.toContain('role="alert"');
  });

  it('keeps the calendar feed and map points working with bad filters', async () => {
    expect((await get('/fr/events/calendar.ics?from=nope&page=-1')).status).toBe(200);
    expect((await get('/ar/events/points.json?neighbourhood=x&q=' + 'y'.repeat(3000))).status).toBe(200);
  });
});

describe('search', () => {
  it('ignores accents and Arabic vowel marks, as residents type on a phone', async () => {
    expect((await get('/fr/events?q=theatre')).text).toContain('Spectacle de théâtre pour enfants');
    expect((await get(`/ar/events?q=${encodeURIComponent('مَسْرَح')}`)).text).toContain('عرض مسرحي للأطفال');
    expect((await get(`/ar/events?q=${encodeURIComponent('اطفال')}`)).text).toContain('للأطفال');
    expect((await get('/fr/events?q=zzzz-nothing')).text).toContain('Aucune activité ne correspond');
    // Venue names are searched too: no event title contains this, only the venue's name.
    expect((await get(`/fr/events?q=${encodeURIComponent('terrain de proximité de kouilma')}`)).text).toContain(
      '/fr/events/adapted-sport-day-kouilma',
    );
    expect((await get('/fr/associations?q=echecs')).text).toContain('Club d’échecs tétouanais'.replace('’', "'"));
    expect((await get(`/ar/associations?q=${encodeURIComponent('إعاقة')}`)).text).toContain('جمعية النور');
  });
});

describe('light pages', () => {
  it.each([
    '/ar',
    '/fr/events/adapted-sport-day-kouilma',
    '/ar/associations',
    '/fr/associations/amal-kouilma-sport',
    '/ar/accessibility',
    '/fr/nothing',
  ])('%s ships no JavaScript', async (path) => {
    expect(scripts((await get(path)).text)).toEqual([]);
  });

  it('the events page hydrates but does not load Leaflet until the map is shown', async () => {
    const html = (await get('/fr/events')).text;
    expect(scripts(html).length).toBeGreaterThan(0);
    expect(html).not.toMatch(/leaflet/i);
  });

  it('sends a content security policy and localized headers', async () => {
    const res = await get('/ar/events');
    // Inline scripts are pinned by their hashes, not nonces: the page is the same bytes for every
    // visitor, so it can be kept and revalidated (svelte.config.js).
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/);
    const inline = [...res.text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/type="application\/ld\+json"/.test(m[0]),
    );
    for (const [, body] of inline) {
      const hash = createHash('sha256').update(body).digest('base64');
      expect(csp, 'every inline script is allowed by its hash').toContain(`'sha256-${hash}'`);
    }
    expect(res.headers.get('content-language')).toBe('ar');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('machine-readable events', () => {
  it('publishes schema.org Event JSON-LD on the event page', async () => {
    const html = (await get('/fr/events/adapted-sport-day-kouilma')).text;
    const json = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]);
    expect(json['@type']).toBe('Event');
    expect(json.name).toBe('Journée du sport adapté – Kouilma');
    expect(json.isAccessibleForFree).toBe(true);
    expect(json.location.geo.latitude).toBeCloseTo(35.56, 1);
  });

  it('offers a filtered, subscribable calendar feed that parses', async () => {
    const res = await get('/ar/events/calendar.ics?neighbourhood=kouilma&category=sport');
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.getFirstPropertyValue('location')).toContain('كويلمة');
  });
});
