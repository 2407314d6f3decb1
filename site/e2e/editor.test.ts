import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createEventDraft, createStaff, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get, within60s } from './harness';

/**
 * A municipal editor (the Editor role, not the super administrator) creates an event in Arabic
 * and French through the CMS, publishes it and finds it on the site; unpublishes it and it is gone.
 */
let superToken = '';
let editorToken = '';
let asEditor: ReturnType<typeof adminApi>;

beforeAll(async () => {
  superToken = await signIn();
  editorToken = (await createStaff(superToken, 'strapi-editor')).token;
  asEditor = adminApi(editorToken);
});

describe('an editor publishes and unpublishes an event', () => {
  it('appears on the site in both languages once published, and disappears once unpublished', async () => {
    const slug = `editor-test-${randomBytes(3).toString('hex')}`;
    const venue = (await (await fetch(`${CMS}/api/venues/by-slug/terrain-de-proximite-kouilma?locale=ar`)).json()).data.documentId;
    const shared = eventFields(slug, 3, { accessibility: { wheelchair: true, signLanguage: true } });
    const model = EVENTS;
    const id = await createEventDraft(asEditor, shared, {
      ar: {
        title: 'حفل موسيقي للتجربة',
        summary: 'حفل في ملعب القرب.',
        accessibilityNotes: 'مترجم بلغة الإشارة المغربية طوال الحفل.',
        venue: { connect: [{ documentId: venue, locale: 'ar' }] },
      },
      fr: {
        title: 'Concert d’essai',
        summary: 'Un concert au terrain de proximité.',
        accessibilityNotes: 'Une interprète en langue des signes marocaine pendant tout le concert.',
        venue: { connect: [{ documentId: venue, locale: 'fr' }] },
      },
    });

    // Saved but not published: nothing on the site yet.
    expect((await get(`/fr/events/${slug}`)).status).toBe(404);

    for (const locale of ['ar', 'fr']) await asEditor(`${model}/${id}/actions/publish?locale=${locale}`, 'POST', {});
    expect(await within60s(async () => (await get(`/fr/events/${slug}`)).text.includes('Concert d’essai'))).toBe(true);
    expect((await get(`/ar/events/${slug}`)).text).toContain('حفل موسيقي للتجربة');
    expect((await get(`/fr/events?q=${encodeURIComponent('Concert d’essai')}`)).text).toContain(`/fr/events/${slug}`);

    for (const locale of ['ar', 'fr']) await asEditor(`${model}/${id}/actions/unpublish?locale=${locale}`, 'POST', {});
    expect(await within60s(async () => (await get(`/fr/events/${slug}`)).status === 404)).toBe(true);
    expect((await get(`/ar/events/${slug}`)).status).toBe(404);
    expect((await get(`/fr/events?q=${encodeURIComponent('Concert d’essai')}`)).text).not.toContain(`/fr/events/${slug}`);
  });

  it('the editor cannot change the content model (the allowed and refused cases)', async () => {
    const as = (token: string, method = 'GET') => ({
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: '{}' }),
    });
    const builder = `${CMS}/content-type-builder/content-types`;
    // The route exists and answers the super administrator, so the editor's 403 is a refusal
    // of its role, not a missing route (404) or a missing session (401).
    expect((await fetch(builder, as(superToken))).status).toBe(200);
    expect((await fetch(builder, as(editorToken))).status).toBe(403);
    expect((await fetch(builder, as(editorToken, 'POST'))).status).toBe(403);
    // What the role is for is allowed.
    expect((await fetch(`${CMS}/content-manager/collection-types/api::event.event?page=1&pageSize=1`, as(editorToken))).status).toBe(200);
  });
});
