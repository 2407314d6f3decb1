import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * The public role reads published content only, never private fields, and cannot reach
 * private relations through filters. Each refusal is paired with the allowed case.
 */
let h: Harness;
let draftOnly: { documentId: string; slug: string };
let published: { documentId: string; slug: string };

const event = (slug: string, title: string) => eventData(slug, title);

beforeAll(async () => {
  h = await bootStrapi();
  const events = h.strapi.documents('api::event.event');
  const d = await events.create({ locale: 'ar', data: event('draft-only-event', 'مسودة سرية') });
  draftOnly = { documentId: d.documentId, slug: 'draft-only-event' };
  const p = await events.create({ locale: 'ar', data: event('published-event', 'نشاط منشور'), status: 'published' });
  published = { documentId: p.documentId, slug: 'published-event' };
  // A published event whose draft holds unpublished edits: the public must see the published text.
  await events.update({ documentId: p.documentId, locale: 'ar', data: { title: 'تعديل غير منشور' } });
  await h.strapi.documents('api::association.association').create({
    locale: 'ar',
    data: { name: 'جمعية الاختبار', slug: 'test-association', category: 'sport', verified: true, legalIdentifier: 'SECRET-ID-123' },
  });
});

afterAll(async () => {
  await h?.stop();
});

describe('drafts stay private', () => {
  it('lists only published events, even when asked for drafts', async () => {
    // Strapi 4's publicationState is refused outright by strict parameters.
    expect((await h.get('/api/events?publicationState=preview')).status).toBe(400);
    expect((await h.get('/api/events?status=draft&hasPublishedVersion=false')).status).toBe(400);
    for (const query of ['', '?status=draft']) {
      const { status, body } = await h.get(`/api/events${query}`);
      expect(status, query).toBe(200);
      const slugs = body.data.map((e: any) => e.slug);
      expect(slugs, query).toContain(published.slug);
      expect(slugs, query).not.toContain(draftOnly.slug);
      expect(body.data.find((e: any) => e.slug === published.slug).title).toBe('نشاط منشور');
    }
  });

  it('answers 404 for a draft by slug or document id, and 200 for a published one', async () => {
    expect((await h.get(`/api/events/by-slug/${draftOnly.slug}?status=draft`)).status).toBe(404);
    expect((await h.get(`/api/events/${draftOnly.documentId}?status=draft`)).status).toBe(404);
    const bySlug = await h.get(`/api/events/by-slug/${published.slug}?status=draft`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.title).toBe('نشاط منشور');
    expect((await h.get(`/api/events/${published.documentId}`)).status).toBe(200);
  });

  it('shows a draft once it is published', async () => {
    await h.strapi.documents('api::event.event').publish({ documentId: draftOnly.documentId, locale: 'ar' });
    expect((await h.get(`/api/events/by-slug/${draftOnly.slug}`)).status).toBe(200);
    await h.strapi.documents('api::event.event').unpublish({ documentId: draftOnly.documentId, locale: 'ar' });
    expect((await h.get(`/api/events/by-slug/${draftOnly.slug}`)).status).toBe(404);
  });
});

describe('private fields and relations leak nothing', () => {
  it('never returns private fields or authors, even with populate=*', async () => {
    for (const path of [
      '/api/associations',
      '/api/associations?populate=*',
      '/api/associations/by-slug/test-association?populate=*',
      '/api/events?populate=*',
    ]) {
      const { status, body } = await h.get(path);
      expect(status, path).toBe(200);
      const text = JSON.stringify(body);
      expect(text, path).not.toContain('SECRET-ID-123');
      expect(text, path).not.toMatch(/"(legalIdentifier|accounts|createdBy|updatedBy|password|searchText)"/);
    }
  });

  it('refuses filters on private fields and on private relations', async () => {
    for (const path of [
      '/api/events?filters[createdBy][password][$startsWith]=$',
      '/api/events?filters[createdBy][email][$contains]=@',
      '/api/events?filters[updatedBy][id][$gt]=0',
      '/api/associations?filters[legalIdentifier][$startsWith]=SECRET',
      '/api/associations?filters[accounts][email][$contains]=@',
      '/api/associations?filters[accounts][password][$notNull]=true',
      '/api/associations?sort=legalIdentifier:asc',
      '/api/associations?fields[0]=legalIdentifier',
    ]) {
      const { status, body } = await h.get(path);
      expect(status, path).toBe(400);
      expect(JSON.stringify(body), path).not.toContain('SECRET-ID-123');
    }
  });

  it('answers filter values that do not fit their field with a client error, never a server error', async () => {
    // Each is allowed by the route and reaches the database: PostgreSQL refuses it where SQLite
    // matched nothing, and it must not become a 500 in production.
    for (const path of [
      '/api/events?search=a%00b',
      '/api/events?filters[slug][$eq]=%00',
      '/api/events?filters[venue][neighbourhood][slug][$in][0]=a%00',
      '/api/events?filters[startsAt][$contains]=2026',
      '/api/events?filters[isFree][$contains]=t',
      '/api/events?filters[accessibility][wheelchair][$startsWith]=t',
    ]) {
      const { status, body } = await h.get(path);
      // Refused for any other reason, the case would no longer reach the database.
      const outcome = status === 200 ? 'matched nothing' : status === 400 ? body?.error?.message : `status ${status}`;
      expect(['matched nothing', 'A filter value does not fit the field it filters'], path).toContain(outcome);
    }
  });

  it('accepts filters on public fields (the allowed case)', async () => {
    const { status, body } = await h.get('/api/associations?filters[slug][$eq]=test-association');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    const events = await h.get('/api/events?filters[accessibility][wheelchair][$eq]=true');
    expect(events.status).toBe(200);
    expect(events.body.data.length).toBeGreaterThan(0);
  });
});

describe('nobody gets an account through the public API', () => {
  const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses registration, sign-in, password reset, confirmation and provider routes to anonymous callers', async () => {
    const user = await h.strapi.db.query('plugin::users-permissions.user').create({
      data: { username: 'known-user', email: 'known@hub.localhost', password: 'Known-Password-123', confirmed: true, provider: 'local' },
    });
    expect(user.id).toBeTruthy();
    const calls: [string, RequestInit?][] = [
      ['/api/auth/local/register', json({ username: 'visitor', email: 'visitor@hub.localhost', password: 'Visitor-Password-123' })],
      ['/api/auth/local/register', json({ username: 'other', email: 'known@hub.localhost', password: 'Visitor-Password-123' })],
      ['/api/auth/local', json({ identifier: 'known@hub.localhost', password: 'Known-Password-123' })],
      ['/api/auth/forgot-password', json({ email: 'known@hub.localhost' })],
      ['/api/auth/reset-password', json({ code: 'x', password: 'Aa-123456789', passwordConfirmation: 'Aa-123456789' })],
      ['/api/auth/send-email-confirmation', json({ email: 'known@hub.localhost' })],
      ['/api/auth/email-confirmation?confirmation=x'],
      ['/api/auth/refresh', json({ refreshToken: 'x' })],
      ['/api/connect/github'],
      ['/api/auth/github/callback?access_token=x'],
      ['/api/users'],
      ['/api/users/me'],
      [`/api/users/${user.id}`],
      ['/api/users/count'],
      ['/api/users-permissions/roles'],
    ];
    for (const [path, init] of calls) {
      const res = await fetch(`${h.url}${path}`, { redirect: 'manual', ...init });
      const text = await res.text();
      expect([401, 403, 404], `${init?.method ?? 'GET'} ${path}: ${text.slice(0, 200)}`).toContain(res.status);
      expect(text, path).not.toMatch(/jwt|already taken|known@hub/i);
    }
    const users = await h.strapi.db.query('plugin::users-permissions.user').count();
    expect(users).toBe(1);
  });

  it("keeps the public role to reading the hub's types, even after it was given more", async () => {
    const { setPublicPermissions, PUBLIC_ACTIONS } = await import('../src/bootstrap/permissions');
    const role = await h.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = h.strapi.db.query('plugin::users-permissions.permission');
    await permissions.create({ data: { action: 'plugin::users-permissions.auth.register', role: role.id } });
    await setPublicPermissions(h.strapi);
    const actions = (await permissions.findMany({ where: { role: role.id } })).map((p: any) => p.action).sort();
    expect(actions).toEqual([...PUBLIC_ACTIONS].sort());
    // The allowed case: reading stays open.
    expect((await h.get('/api/events')).status).toBe(200);
  });
});

describe('the first administrator', () => {
  it('is required in production: the CMS refuses to run with none, and creates the one it is given', async () => {
    const { ensureFirstAdmin } = await import('../src/bootstrap/admin');
    const saved = { NODE_ENV: process.env.NODE_ENV, ADMIN_EMAIL: process.env.ADMIN_EMAIL, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD };
    try {
      process.env.NODE_ENV = 'production';
      delete process.env.ADMIN_EMAIL;
      delete process.env.ADMIN_PASSWORD;
      await expect(ensureFirstAdmin(h.strapi)).rejects.toThrow(/No administrator/);
      Object.assign(process.env, { ADMIN_EMAIL: 'first@hub.localhost', ADMIN_PASSWORD: 'short' });
      await expect(ensureFirstAdmin(h.strapi)).rejects.toThrow(/at least 12/);
      expect(await h.strapi.service('admin::user').exists()).toBe(false);
      process.env.ADMIN_PASSWORD = 'A-long-enough-password-1';
      await ensureFirstAdmin(h.strapi);
      expect(await h.strapi.service('admin::user').exists()).toBe(true);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('the public API is read-only and bounded', () => {
  it('has no write routes for anonymous callers', async () => {
    for (const [method, path] of [
      ['POST', '/api/events'],
      ['PUT', `/api/events/${published.documentId}`],
      ['DELETE', `/api/events/${published.documentId}`],
      ['POST', '/api/associations'],
    ]) {
      const res = await fetch(`${h.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'DELETE' ? undefined : JSON.stringify({ data: { title: 'x' } }),
      });
      expect([403, 404, 405], `${method} ${path}`).toContain(res.status);
    }
    expect((await h.get(`/api/events/${published.documentId}`)).body.data.title).toBe('نشاط منشور');
  });

  it('caps page sizes at 100', async () => {
    const { status, body } = await h.get('/api/events?pagination[pageSize]=5000');
    expect(status).toBe(200);
    expect(body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });

  it('populates only the allow-list, whatever the request asks', async () => {
    const { body } = await h.get(
      `/api/events/by-slug/${published.slug}?populate[organisers][populate][accounts]=true&populate[localizations]=true`,
    );
    expect(body.data.venue).toBeDefined();
    expect(body.data.localizations).toBeUndefined();
    expect(body.data.accessibility.wheelchair).toBe(true);
  });
});

describe('search', () => {
  it('finds events whatever the accents and Arabic vowel marks, and keeps the index in step with edits', async () => {
    const events = h.strapi.documents('api::event.event');
    const doc = await events.create({
      locale: 'fr',
      data: { ...event('search-probe', 'Théâtre à l’École'), summary: 'Pièce jouée' },
      status: 'published',
    });
    const find = async (q: string, locale = 'fr') =>
      (await h.get(`/api/events?locale=${locale}&search=${encodeURIComponent(q)}`)).body.data.map((e: any) => e.slug);
    expect(await find('theatre a l')).toContain('search-probe');
    expect(await find('PIÈCE  jouée')).toContain('search-probe');
    expect(await find('opera')).not.toContain('search-probe');
    // Search narrows the other filters, it does not replace them.
    const both = await h.get(`/api/events?locale=fr&search=theatre&filters[category][$eq]=chess`);
    expect(both.body.data.map((e: any) => e.slug)).not.toContain('search-probe');
    // A partial edit (title only) keeps the summary searchable.
    await events.update({ documentId: doc.documentId, locale: 'fr', data: { title: 'Opéra de quartier' }, status: 'published' });
    expect(await find('opera de quartier')).toContain('search-probe');
    expect(await find('piece jouee')).toContain('search-probe');
    expect(await find('theatre a l')).not.toContain('search-probe');
    await events.update({
      documentId: doc.documentId,
      locale: 'ar',
      data: { ...event('search-probe', 'مَسْرَحُ الأطفال'), summary: 'عرض' },
      status: 'published',
    });
    expect(await find('مسرح الأطفال', 'ar')).toContain('search-probe');
  });

  it('answers a huge or misplaced search without error (the route decides whether it searches)', async () => {
    expect((await h.get(`/api/events?search=${'x'.repeat(2000)}`)).status).toBe(200);
    const neighbourhoods = await h.get('/api/neighbourhoods?search=zzz');
    expect(neighbourhoods.status).toBe(200);
    expect((await h.get('/api/associations?search=test-association-that-is-not-there')).body.data).toEqual([]);
    expect((await h.get(`/api/associations?search=${encodeURIComponent('جمعية الاختبار')}`)).body.data.map((a: any) => a.slug)).toEqual([
      'test-association',
    ]);
  });
});
