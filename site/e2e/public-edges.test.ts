import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get } from './harness';

/** The site's public edges: what it serves from the CMS, and what it refuses to. */

/** A valid 2x2 PNG, built here so the test needs no binary fixture. */
function png(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
    const out = new DataView(new ArrayBuffer(12 + data.length));
    out.setUint32(0, data.length);
    new Uint8Array(out.buffer).set(body, 4);
    out.setUint32(8 + data.length, crc(body));
    return new Uint8Array(out.buffer);
  };
  const header = new DataView(new ArrayBuffer(13));
  header.setUint32(0, 2);
  header.setUint32(4, 2);
  header.setUint8(8, 8);
  header.setUint8(9, 2);
  const pixels = deflateSync(new Uint8Array([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255]));
  return new Uint8Array([
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', new Uint8Array(header.buffer)),
    ...chunk('IDAT', pixels),
    ...chunk('IEND', new Uint8Array()),
  ]);
}

let uploadUrl = '';
let adminToken = '';
let size = 0;

beforeAll(async () => {
  const token = await signIn();
  adminToken = token;
  const bytes = png();
  const form = new FormData();
  form.append('files', new Blob([bytes], { type: 'image/png' }), 'edge-test.png');
  const res = await fetch(`${CMS}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  uploadUrl = (await res.json())[0].url;
  expect(uploadUrl).toMatch(/^\/uploads\/edge_test_[\w]+\.png$/);
});

describe('the media route', () => {
  it('serves an upload whole, and a byte range with 206 (the allowed cases)', async () => {
    const whole = await fetch(new URL(`/media${uploadUrl}`, process.env.HUB_SITE_URL));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('image/png');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    // Strapi may optimise the image it stores: the site passes on whatever length it holds.
    size = Number(whole.headers.get('content-length'));
    expect(size).toBeGreaterThan(8);
    expect((await whole.arrayBuffer()).byteLength).toBe(size);
    const part = await fetch(new URL(`/media${uploadUrl}`, process.env.HUB_SITE_URL), { headers: { range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${size}`);
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const head = await fetch(new URL(`/media${uploadUrl}`, process.env.HUB_SITE_URL), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(size));
    const beyond = await fetch(new URL(`/media${uploadUrl}`, process.env.HUB_SITE_URL), { headers: { range: `bytes=${size + 10}-` } });
    expect(beyond.status).toBe(416);
  });

  it('never escapes its folder, whatever the encoding, and serves no other kind of file', async () => {
    for (const path of [
      '/media/uploads%2F..',
      '/media/uploads%2f..%2fadmin',
      '/media/uploads/%2e%2e/admin',
      '/media/uploads/..%2F..%2Fadmin',
      '/media/uploads%5C..',
      '/media/uploads/edge-test.svg',
      '/media/uploads/index.html',
      `/media${uploadUrl.replace('.png', '.jpg')}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toMatch(/strapi/i);
      expect(res.headers.get('cache-control') ?? '', path).not.toMatch(/public/);
    }
  });
});

describe('slugs and CMS errors', () => {
  it.each(['ar', 'fr'])('answers a malformed slug with a 404, never a 503 (%s)', async (locale) => {
    for (const path of [
      `/${locale}/events/Bad_Slug/calendar.ics`,
      `/${locale}/events/Bad_Slug`,
      `/${locale}/associations/Bad_Slug`,
      `/${locale}/events/a--b`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    // The allowed case: a well-formed slug that exists.
    expect((await get(`/${locale}/events/adapted-sport-day-kouilma/calendar.ics`)).status).toBe(200);
  });

  it('lists each page in the sitemap only in the locales it is published in, with absolute alternates', async () => {
    const sitemap = (await get('/sitemap.xml')).text;
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs).toContain('/ar/events/adapted-sport-day-kouilma');
    expect(locs).toContain('/fr/events/adapted-sport-day-kouilma');
    for (const m of sitemap.matchAll(/href="([^"]+)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
    const page = (await get('/fr/events/adapted-sport-day-kouilma')).text;
    expect(page).toMatch(/<link rel="alternate" hreflang="ar" href="https?:\/\/[^"]+\/ar\/events\/adapted-sport-day-kouilma"/);
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/fr\/events\/adapted-sport-day-kouilma"/);
    // One canonical per page, itself: two (or a relative one) make search engines ignore both.
    for (const path of ['/fr/events/adapted-sport-day-kouilma', '/ar/events/adapted-sport-day-kouilma/easy-read']) {
      const canonicals = [...(await get(path)).text.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => new URL(m[1]).pathname);
      expect(canonicals).toEqual([path]);
    }
    // robots.txt has no base URL: its sitemap line must be absolute too.
    expect((await get('/robots.txt')).text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  });
});

describe('a page published in one language only', () => {
  it('is listed, linked and switched to only where it exists; the switch leads to the list with a note', async () => {
    const slug = `french-only-${Date.now().toString(36)}`;
    const cms = adminApi(adminToken);
    const created = await cms(`${EVENTS}?locale=fr`, 'POST', {
      ...eventFields(slug, 5, { category: 'reading', accessibility: { wheelchair: false } }),
      title: 'Atelier en français seulement',
      summary: 'Un atelier.',
    });
    await cms(`${EVENTS}/${created.data.documentId}/actions/publish?locale=fr`, 'POST', {});

    const page = await get(`/fr/events/${slug}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<link rel="alternate" hreflang="ar"/);
    expect(page.text).toMatch(/<link rel="alternate" hreflang="fr"/);
    expect(page.text).toContain('href="/ar/events?untranslated=1"');
    expect((await get(`/ar/events/${slug}`)).status).toBe(404);
    const note = await get('/ar/events?untranslated=1');
    expect(note.text).toContain('هذه الصفحة غير متوفرة بالعربية');
    expect((await get('/ar/events')).text).not.toContain('هذه الصفحة غير متوفرة بالعربية');
    const sitemap = (await get('/sitemap.xml')).text;
    expect(sitemap).toContain(`/fr/events/${slug}</loc>`);
    expect(sitemap).not.toContain(`/ar/events/${slug}`);
    // The allowed case: a page published in both languages links to both.
    expect((await get('/fr/events/adapted-sport-day-kouilma')).text).toContain('href="/ar/events/adapted-sport-day-kouilma"');
  });
});
