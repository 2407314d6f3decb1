import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewSignature, signPreview } from '../src/preview/signature';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * "Open preview" in the admin panel: the handler signs a link to the site, and the CMS serves the
 * draft behind it to whoever holds a valid link, and to nobody else. Each refusal sits beside the
 * accepted link it was derived from.
 */
let h: Harness;
let secret = '';
let draft: { documentId: string; slug: string };
const UID = 'api::event.event';
const TITLE = 'مسودة المعاينة';

const event = (slug: string, title: string) => ({
  slug,
  title,
  summary: `${title} summary`,
  domain: 'sport',
  category: 'football',
  startsAt: new Date(Date.now() + 86400000).toISOString(),
  endsAt: new Date(Date.now() + 90000000).toISOString(),
  eventStatus: 'scheduled',
  isFree: true,
  audience: { everyone: true },
  accessibility: { wheelchair: true },
  registration: { mode: 'none' },
});

/** The CMS route for a link's parameters, as the site calls it. */
const draftRoute = (documentId: string, locale: string, expires: number | string, signature: string, extra = '') =>
  h.get(`/api/events/preview/${documentId}?locale=${locale}&expires=${expires}&signature=${signature}${extra}`);

async function handlerUrl(params: { documentId?: string; locale?: string | null; status?: string }, uid = UID) {
  return h.strapi.plugin('content-manager').service('preview').getPreviewUrl(uid, params) as Promise<string | undefined>;
}

beforeAll(async () => {
  process.env.SITE_URL = 'https://hub.example.org';
  h = await bootStrapi();
  secret = process.env.PREVIEW_SECRET!;
  const venue = await h.strapi
    .documents('api::venue.venue')
    .create({ locale: 'ar', data: { name: 'ملعب القرب', slug: 'preview-venue', address: 'حي كويلمة', point: { lat: 35.57, lng: -5.37 } } });
  const d = await h.strapi.documents(UID).create({ locale: 'ar', data: { ...event('preview-draft', TITLE), venue: venue.documentId } });
  draft = { documentId: d.documentId, slug: 'preview-draft' };
});

afterAll(async () => {
  await h?.stop();
  delete process.env.SITE_URL;
});

describe('the admin panel’s preview link', () => {
  it('points at the site’s preview page of the draft, signed for 15 minutes', async () => {
    const url = new URL((await handlerUrl({ documentId: draft.documentId, locale: 'ar', status: 'draft' }))!);
    expect(`${url.origin}${url.pathname}`).toBe(`https://hub.example.org/ar/preview/events/${draft.documentId}`);
    const expires = Number(url.searchParams.get('expires'));
    expect(expires - Date.now() / 1000).toBeGreaterThan(14 * 60);
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(15 * 60);
    expect(url.searchParams.get('signature')).toBe(
      previewSignature({ uid: UID, documentId: draft.documentId, locale: 'ar' }, expires, secret),
    );
    // What the site forwards to the CMS is accepted.
    const res = await draftRoute(draft.documentId, 'ar', expires, url.searchParams.get('signature')!);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe(TITLE);
  });

  it('has no link for a type the site does not preview, or without a locale', async () => {
    expect(await handlerUrl({ documentId: 'x', locale: 'ar', status: 'draft' }, 'api::venue.venue')).toBeUndefined();
    expect(await handlerUrl({ documentId: draft.documentId, locale: null, status: 'draft' })).toBeUndefined();
    expect(await handlerUrl({ documentId: draft.documentId, locale: 'ar', status: 'draft' })).toMatch(/^https:/);
  });
});

describe('the CMS serves the draft behind a valid link only', () => {
  it('answers the draft with the public detail’s populate, uncached, and without row ids', async () => {
    const { expires, signature } = signPreview({ uid: UID, documentId: draft.documentId, locale: 'ar' }, secret, new Date());
    const res = await fetch(`${h.url}/api/events/preview/${draft.documentId}?locale=ar&expires=${expires}&signature=${signature}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body.data).toMatchObject({ documentId: draft.documentId, slug: draft.slug, title: TITLE, locale: 'ar' });
    expect(body.data.accessibility.wheelchair).toBe(true);
    // Relations as the public detail populates them, and only those fields.
    expect(body.data.venue).toMatchObject({ name: 'ملعب القرب', slug: 'preview-venue' });
    expect(body.data.venue.createdBy).toBeUndefined();
    expect(body.data.organisers).toEqual([]);
    expect(body.data.id).toBeUndefined();
    expect(body.data.createdBy).toBeUndefined();
  });

  it('answers 404 with nothing of the draft for an expired, forged, other-document, other-locale or other-type link', async () => {
    const target = { uid: UID, documentId: draft.documentId, locale: 'ar' };
    const ok = signPreview(target, secret, new Date());
    const old = signPreview(target, secret, new Date(Date.now() - 16 * 60_000));
    const other = await h.strapi.documents(UID).create({ locale: 'ar', data: event('other-draft', 'مسودة أخرى') });
    const forOther = signPreview({ ...target, documentId: other.documentId }, secret, new Date());
    const fr = signPreview({ ...target, locale: 'fr' }, secret, new Date());
    const venue = signPreview({ ...target, uid: 'api::venue.venue' }, secret, new Date());
    const refused: [string, Promise<{ status: number; body: any }>][] = [
      ['expired', draftRoute(draft.documentId, 'ar', old.expires, old.signature)],
      ['later expiry on a valid signature', draftRoute(draft.documentId, 'ar', ok.expires + 3600, ok.signature)],
      ['forged', draftRoute(draft.documentId, 'ar', ok.expires, previewSignature(target, ok.expires, 'not-the-preview-secret'))],
      ['no signature', h.get(`/api/events/preview/${draft.documentId}?locale=ar&expires=${ok.expires}`)],
      ['signed for another document', draftRoute(draft.documentId, 'ar', forOther.expires, forOther.signature)],
      ['signed for the other locale', draftRoute(draft.documentId, 'ar', fr.expires, fr.signature)],
      ['valid link, other locale asked', draftRoute(draft.documentId, 'fr', ok.expires, ok.signature)],
      ['signed for another type', draftRoute(draft.documentId, 'ar', venue.expires, venue.signature)],
      ['with a populate', draftRoute(draft.documentId, 'ar', ok.expires, ok.signature, '&populate=*')],
      ['with a filter', draftRoute(draft.documentId, 'ar', ok.expires, ok.signature, '&filters[slug][$eq]=x')],
    ];
    for (const [name, request] of refused) {
      const res = await request;
      expect(res.status, name).toBe(404);
      expect(JSON.stringify(res.body), name).not.toContain(TITLE);
    }
    // The accepted link the refusals were made from.
    const accepted = await draftRoute(draft.documentId, 'ar', ok.expires, ok.signature);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.title).toBe(TITLE);
    // A document signed for and present answers its own draft, not another's.
    const own = await draftRoute(other.documentId, 'ar', forOther.expires, forOther.signature);
    expect(own.body.data.title).toBe('مسودة أخرى');
  });

  it('never serves the draft through the public routes', async () => {
    // The allowed case: a published event is listed and found by slug.
    await h.strapi.documents(UID).create({ locale: 'ar', data: event('published-beside', 'نشاط منشور'), status: 'published' });
    expect((await h.get('/api/events')).body.data.map((e: any) => e.slug)).toContain('published-beside');
    expect((await h.get('/api/events/by-slug/published-beside')).status).toBe(200);
    for (const path of [
      '/api/events',
      '/api/events?status=draft',
      `/api/events/by-slug/${draft.slug}`,
      `/api/events/by-slug/${draft.slug}?status=draft`,
      `/api/events/${draft.documentId}`,
      `/api/events/${draft.documentId}?status=draft`,
    ]) {
      const res = await h.get(path);
      expect(JSON.stringify(res.body), path).not.toContain(TITLE);
      const isList = /^\/api\/events(\?|$)/.test(path);
      expect(res.status, path).toBe(isList ? 200 : 404);
    }
  });
});
