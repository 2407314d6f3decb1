import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAuthorWritesDrafts } from '../src/bootstrap/author-role';
import { signInAs } from './admin-users';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Authors write drafts of events in every locale and cannot publish them; editors edit, publish and
 * unpublish them.
 * Everything goes through the admin panel's own API, as the panel would call it.
 */
let h: Harness;
let author: Awaited<ReturnType<typeof signInAs>>;
let editor: Awaited<ReturnType<typeof signInAs>>;
const model = '/content-manager/collection-types/api::event.event';

const event = (title: string) =>
  eventData(`author-draft-${Date.now()}`, title, {
    domain: 'culture',
    category: 'music',
    startsAt: '2031-05-02T18:00:00.000Z',
    endsAt: '2031-05-02T20:00:00.000Z',
  });

beforeAll(async () => {
  h = await bootStrapi();
  author = await signInAs(h.strapi, h.url, 'strapi-author');
  editor = await signInAs(h.strapi, h.url, 'strapi-editor');
});

afterAll(async () => {
  await h?.stop();
});

describe('an author', () => {
  let documentId = '';

  it('creates a draft event, in Arabic and in French, and edits it', async () => {
    const created = await author(`${model}?locale=ar`, 'POST', event('أمسية موسيقية'));
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    const french = await author(`${model}/${documentId}?locale=fr`, 'PUT', event('Soirée musicale'));
    expect(french.status).toBe(200);
    const edited = await author(`${model}/${documentId}?locale=ar`, 'PUT', { ...event('أمسية موسيقية'), summary: 'ملخص معدل' });
    expect(edited.status).toBe(200);
    expect(edited.body.data.summary).toBe('ملخص معدل');
    expect(edited.body.data.publishedAt).toBeNull();
  });

  it('is refused publishing, and an editor publishes the same draft', async () => {
    expect((await author(`${model}/${documentId}/actions/publish?locale=ar`, 'POST', {})).status).toBe(403);
    expect(await h.strapi.documents('api::event.event').findOne({ documentId, locale: 'ar', status: 'published' })).toBeNull();

    expect((await editor(`${model}/${documentId}/actions/publish?locale=ar`, 'POST', {})).status).toBe(200);
    expect(await h.strapi.documents('api::event.event').findOne({ documentId, locale: 'ar', status: 'published' })).not.toBeNull();
  });

  it('cannot unpublish either; an editor corrects the event and unpublishes it', async () => {
    expect((await author(`${model}/${documentId}/actions/unpublish?locale=ar`, 'POST', {})).status).toBe(403);
    const corrected = await editor(`${model}/${documentId}?locale=fr`, 'PUT', { ...event('Soirée musicale'), eventStatus: 'postponed' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.eventStatus).toBe('postponed');
    expect((await editor(`${model}/${documentId}/actions/unpublish?locale=ar`, 'POST', {})).status).toBe(200);
    expect(await h.strapi.documents('api::event.event').findOne({ documentId, locale: 'ar', status: 'published' })).toBeNull();
  });

  it('reads what others wrote, so as to pick a venue, but changes only their own', async () => {
    const venue = await editor('/content-manager/collection-types/api::venue.venue?locale=ar', 'POST', {
      name: 'دار الثقافة',
      slug: `dar-thaqafa-${Date.now()}`,
      point: { lat: 35.57, lng: -5.37 },
    });
    expect(venue.status).toBe(201);
    const listed = await author('/content-manager/collection-types/api::venue.venue?locale=ar');
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.results.map((v: { documentId: string }) => v.documentId)).toContain(venue.body.data.documentId);

    const path = `/content-manager/collection-types/api::venue.venue/${venue.body.data.documentId}?locale=ar`;
    expect((await author(path, 'PUT', { address: 'شارع محمد الخامس' })).status).toBe(403);
    const byEditor = await editor(path, 'PUT', { address: 'شارع محمد الخامس' });
    expect(byEditor.status, JSON.stringify(byEditor.body)).toBe(200);
  });

  it('loses publishing on the next start if someone granted it', async () => {
    const role = await h.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await h.strapi.service('admin::permission').createMany([
      {
        action: 'plugin::content-manager.explorer.publish',
        subject: 'api::event.event',
        properties: { locales: ['ar', 'fr'] },
        conditions: [],
        role: role.id,
      },
    ]);
    const granted = () =>
      h.strapi.db.query('admin::permission').count({ where: { role: role.id, action: 'plugin::content-manager.explorer.publish' } });
    expect(await granted()).toBe(1);
    await ensureAuthorWritesDrafts(h.strapi);
    expect(await granted()).toBe(0);
  });
});
