import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get } from './harness';

/**
 * A municipal editor (the Editor role, not the super administrator) creates an event in Arabic
 * and French through the CMS, publishes it and finds it on the site; unpublishes it and it is gone.
 */
let superToken = '';
let editorToken = '';
let asEditor: ReturnType<typeof adminApi>;

/** Polls the site until `check` holds, for at most a minute. */
async function within60s(check: () => Promise<boolean>) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

beforeAll(async () => {
  superToken = await signIn();
  const asSuper = adminApi(superToken);
  const roles = (await asSuper('/admin/roles')).data as { id: number; code: string }[];
  const editorRole = roles.find((r) => r.code === 'strapi-editor')!;
  const email = `editor-${randomBytes(4).toString('hex')}@hub.localhost`;
  const created = await asSuper('/admin/users', 'POST', { firstname: 'Salma', lastname: 'Editor', email, roles: [editorRole.id] });
  const password = `Editor-${randomBytes(8).toString('hex')}`;
  await adminApi('')('/admin/register', 'POST', {
    registrationToken: created.data.registrationToken,
    userInfo: { firstname: 'Salma', lastname: 'Editor', password },
  });
  editorToken = await signIn(email, password);
  asEditor = adminApi(editorToken);
});

describe('an editor publishes and unpublishes an event', () => {
  it('appears on the site in both languages once published, and disappears once unpublished', async () => {
    const slug = `editor-test-${randomBytes(3).toString('hex')}`;
    const venue = (await (await fetch(`${CMS}/api/venues/by-slug/terrain-de-proximite-kouilma?locale=ar`)).json()).data.documentId;
    const shared = eventFields(slug, 3, { accessibility: { wheelchair: true, signLanguage: true } });
    const model = EVENTS;
    const ar = await asEditor(`${model}?locale=ar`, 'POST', {
      ...shared,
      title: 'حفل موسيقي للتجربة',
      summary: 'حفل في ملعب القرب.',
      accessibilityNotes: 'مترجم بلغة الإشارة المغربية طوال الحفل.',
      venue: { connect: [{ documentId: venue, locale: 'ar' }] },
    });
    const id = ar.data.documentId;
    await asEditor(`${model}/${id}?locale=fr`, 'PUT', {
      ...shared,
      title: 'Concert d’essai',
      summary: 'Un concert au terrain de proximité.',
      accessibilityNotes: 'Une interprète en langue des signes marocaine pendant tout le concert.',
      venue: { connect: [{ documentId: venue, locale: 'fr' }] },
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
