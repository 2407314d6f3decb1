import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './admin-users';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Consultative bodies, their plans and residents' comments, on the seeded demo city:
 * - a pending comment is invisible to the public by every public route;
 * - a comment enters only through its own route, as a pending draft of plain text;
 * - a body member edits their own body's drafts, not another body's plan nor an adopted one;
 * - the figures the hub counts equal a count made here, independently;
 * - a new version keeps the one it replaces readable.
 * Each refusal is paired with the allowed case.
 */
let h: Harness;
const plan = (documentId: string, locale = 'ar') =>
  `/content-manager/collection-types/api::thematic-plan.thematic-plan/${documentId}?locale=${locale}`;

async function planId(slug: string) {
  const row = await h.strapi.db.query('api::thematic-plan.thematic-plan').findOne({ where: { slug } });
  return row.documentId as string;
}

beforeAll(async () => {
  h = await bootStrapi({ seed: true });
});

afterAll(async () => {
  await h?.stop();
});

describe('the demo bodies', () => {
  it('has the five bodies in both languages, each with a public plan, actions, milestones and indicators', async () => {
    for (const locale of ['ar', 'fr']) {
      const { status, body } = await h.get(`/api/consultative-bodies?locale=${locale}`);
      expect(status).toBe(200);
      expect(body.data.map((b: any) => b.slug).sort()).toEqual(['culture-patrimoine', 'egalite-genre', 'enfance', 'handicap', 'jeunes']);
      for (const b of body.data) {
        expect(b.plans.length, b.slug).toBeGreaterThan(0);
        const p = await h.get(`/api/thematic-plans/by-slug/${b.plans[0].slug}?locale=${locale}`);
        expect(p.status).toBe(200);
        expect(p.body.data.actions.length).toBeGreaterThan(0);
        expect(p.body.data.actions.some((a: any) => a.milestones.length > 0)).toBe(true);
        expect(p.body.data.indicators.length).toBeGreaterThan(0);
      }
    }
    const comments = await h.strapi.db.query('api::comment.comment').findMany({});
    expect(comments.some((c: any) => c.publishedAt)).toBe(true);
    expect(comments.some((c: any) => !c.publishedAt && !comments.some((o: any) => o.documentId === c.documentId && o.publishedAt))).toBe(
      true,
    );
  });
});

describe('a pending comment', () => {
  it('is invisible by every public route, with or without asking for drafts; a published one is visible', async () => {
    const rows = await h.strapi.db.query('api::comment.comment').findMany({});
    const published = new Set(rows.filter((r: any) => r.publishedAt).map((r: any) => r.documentId));
    const pending = rows.filter((r: any) => !published.has(r.documentId));
    const shown = rows.find((r: any) => r.publishedAt);
    expect(pending.length).toBeGreaterThan(0);

    const routes: string[] = [];
    for (const m of Object.values<any>(h.strapi.contentTypes).filter((m) => m.uid.startsWith('api::'))) {
      for (const locale of ['ar', 'fr']) {
        for (const status of ['', '&status=draft'])
          routes.push(`/api/${m.info.pluralName}?locale=${locale}&pagination[pageSize]=100${status}`);
      }
    }
    for (const c of pending) {
      routes.push(`/api/comments/${c.documentId}`, `/api/comments/${c.documentId}?status=draft`);
      routes.push(
        `/api/comments?filters[targetSlug][$eq]=${c.targetSlug}`,
        `/api/comments?filters[targetType][$eq]=${c.targetType}&status=draft`,
      );
    }
    for (const slug of ['pac-genre', 'pac-handicap', 'pac-jeunes', 'pac-enfance', 'pac-culture-patrimoine']) {
      routes.push(`/api/thematic-plans/by-slug/${slug}`, `/api/thematic-plans/by-slug/${slug}?locale=fr&status=draft`);
    }
    routes.push('/api/indicators/figures');
    let sawPublished = false;
    for (const route of routes) {
      const res = await fetch(`${h.url}${route}`);
      const text = await res.text();
      expect([200, 404], route).toContain(res.status);
      for (const c of pending) expect(text, `${route} shows "${c.text}"`).not.toContain(JSON.stringify(c.text).slice(1, -1));
      if (text.includes(JSON.stringify(shown.text).slice(1, -1))) sawPublished = true;
    }
    // The allowed case: a published comment is there to be read.
    expect(sawPublished).toBe(true);
    const byTarget = await h.get(`/api/comments?filters[targetSlug][$eq]=${shown.targetSlug}`);
    expect(byTarget.body.data.map((c: any) => c.text)).toContain(shown.text);
    expect(JSON.stringify(byTarget.body)).not.toContain('bodySlug');
  });
});

describe('submitting a comment', () => {
  const submit = (data: unknown) =>
    fetch(`${h.url}/api/comments/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data }),
    });

  it('stores markup as plain text, pending, whatever status or body the caller claims', async () => {
    const text = '<script>alert("x")</script> <b>Bravo</b> https://example.org/a?b=1';
    const res = await submit({
      text: `  ${text}\u0000 `,
      displayName: '<i>Nadia</i>',
      language: 'fr',
      targetType: 'plan',
      targetSlug: 'pac-handicap',
      status: 'published',
      publishedAt: new Date().toISOString(),
      bodySlug: 'egalite-genre',
    });
    expect(res.status).toBe(202);
    const { data } = await res.json();
    expect(data.status).toBe('pending');
    const stored = await h.strapi.db.query('api::comment.comment').findMany({ where: { documentId: data.documentId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ text, displayName: '<i>Nadia</i>', publishedAt: null, bodySlug: 'handicap', language: 'fr' });
    expect((await h.get(`/api/comments/${data.documentId}`)).status).toBe(404);
  });

  it('refuses what breaks the rules, with the reason and the field, and stores nothing', async () => {
    const before = await h.strapi.db.query('api::comment.comment').count();
    const cases: [unknown, number, string][] = [
      [{ text: '', language: 'fr', targetType: 'plan', targetSlug: 'pac-genre' }, 400, 'text-missing'],
      [{ text: 'x'.repeat(2001), language: 'fr', targetType: 'plan', targetSlug: 'pac-genre' }, 400, 'text-too-long'],
      [{ text: 'Bonjour', displayName: 'n'.repeat(81), language: 'fr', targetType: 'plan', targetSlug: 'pac-genre' }, 400, 'name-too-long'],
      [{ text: 'Bonjour', language: 'en', targetType: 'plan', targetSlug: 'pac-genre' }, 400, 'language'],
      [{ text: 'Bonjour', language: 'fr', targetType: 'venue', targetSlug: 'pac-genre' }, 400, 'target'],
      [{ text: 'Bonjour', language: 'fr', targetType: 'plan', targetSlug: 'no-such-plan' }, 404, 'target-not-found'],
      [['not', 'an', 'object'], 400, 'text-missing'],
    ];
    for (const [data, status, problem] of cases) {
      const res = await submit(data);
      expect(res.status, problem).toBe(status);
      expect((await res.json()).error.message).toBe(problem);
    }
    expect(await h.strapi.db.query('api::comment.comment').count()).toBe(before);
  });

  it('is the only write: the core create of comments is refused', async () => {
    const res = await fetch(`${h.url}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { text: 'x', language: 'fr', targetType: 'plan', targetSlug: 'pac-genre' } }),
    });
    expect([403, 404, 405]).toContain(res.status);
  });
});

describe('a body member', () => {
  it("edits their own body's plan while it is not adopted, but not the fields staff decide", async () => {
    const member = await signInAs(h.strapi, h.url, 'body-member-handicap');
    const id = await planId('pac-handicap');
    const res = await member(plan(id, 'fr'), 'PUT', { summary: 'Résumé revu par l’instance', planStatus: 'adopted' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const draft = await h.strapi.documents('api::thematic-plan.thematic-plan').findOne({ documentId: id, locale: 'fr' });
    expect(draft.summary).toBe('Résumé revu par l’instance');
    expect(draft.planStatus).toBe('consultation');
    // Staff publish: a member cannot.
    expect(
      (await member(`/content-manager/collection-types/api::thematic-plan.thematic-plan/${id}/actions/publish?locale=fr`, 'POST', {}))
        .status,
    ).toBe(403);
  });

  it("cannot edit another body's plan, nor its actions", async () => {
    const member = await signInAs(h.strapi, h.url, 'body-member-handicap');
    const other = await planId('pac-genre');
    expect((await member(plan(other, 'fr'), 'PUT', { summary: 'Intrusion' })).status).toBe(403);
    const action = await h.strapi.db.query('api::plan-action.plan-action').findOne({ where: { slug: 'genre-garde-enfants' } });
    expect(
      (
        await member(`/content-manager/collection-types/api::plan-action.plan-action/${action.documentId}?locale=fr`, 'PUT', {
          title: 'Intrusion',
        })
      ).status,
    ).toBe(403);
    const draft = await h.strapi.documents('api::thematic-plan.thematic-plan').findOne({ documentId: other, locale: 'fr' });
    expect(draft.summary).not.toBe('Intrusion');
    // The allowed case: an action of their own body's plan.
    const own = await h.strapi.db.query('api::plan-action.plan-action').findOne({ where: { slug: 'handicap-accueil-forme' } });
    const ok = await member(`/content-manager/collection-types/api::plan-action.plan-action/${own.documentId}?locale=fr`, 'PUT', {
      actionStatus: 'in-progress',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('cannot edit an adopted version of their own plan; an editor can', async () => {
    const member = await signInAs(h.strapi, h.url, 'body-member-culture-patrimoine');
    const id = await planId('pac-culture-patrimoine');
    expect((await member(plan(id, 'fr'), 'PUT', { summary: 'Réécrit après adoption' })).status).toBe(403);
    const editor = await signInAs(h.strapi, h.url, 'strapi-editor');
    expect((await editor(plan(id, 'fr'), 'PUT', { summary: 'Corrigé par le service' })).status).toBe(200);
  });

  it('publishes comments about their body, not about another', async () => {
    const member = await signInAs(h.strapi, h.url, 'body-member-handicap');
    const rows = await h.strapi.db.query('api::comment.comment').findMany({ where: { publishedAt: null } });
    const published = new Set(
      (await h.strapi.db.query('api::comment.comment').findMany({ where: { publishedAt: { $notNull: true } } })).map(
        (r: any) => r.documentId,
      ),
    );
    const pending = rows.filter((r: any) => !published.has(r.documentId));
    const theirs = pending.find((r: any) => r.bodySlug === 'handicap');
    const others = pending.find((r: any) => r.bodySlug === 'egalite-genre');
    const path = (c: any) => `/content-manager/collection-types/api::comment.comment/${c.documentId}/actions/publish`;
    expect((await member(path(others), 'POST', {})).status).toBe(403);
    expect((await h.get(`/api/comments/${others.documentId}`)).status).toBe(404);
    const ok = await member(path(theirs), 'POST', {});
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await h.get(`/api/comments/${theirs.documentId}`)).body.data.text).toBe(theirs.text);
  });
});

describe('figures counted by the hub', () => {
  it('equal a count made independently from the database', async () => {
    // The seed plans its events from the moment it runs: whether one has already taken place depends
    // on the hour. One held yesterday, at a seeded venue, makes sure there is something to count.
    const venues = await h.strapi.db
      .query('api::venue.venue')
      .findMany({ where: { publishedAt: { $notNull: true } }, populate: { neighbourhood: true } });
    const venue = venues.find((v: any) => v.neighbourhood);
    const yesterday = new Date(Date.now() - 86400_000);
    await h.strapi.documents('api::event.event').create({
      locale: 'fr',
      status: 'published',
      data: eventData(`held-${Date.now()}`, 'Atelier tenu hier', {
        startsAt: yesterday.toISOString(),
        endsAt: new Date(yesterday.getTime() + 3_600_000).toISOString(),
        venue: venue.documentId,
      }),
    } as any);
    const { body } = await h.get('/api/indicators/figures');
    const figure = (key: string) => body.data.find((f: any) => f.key === key);
    const now = new Date();
    const rows = await h.strapi.db.query('api::event.event').findMany({
      where: { publishedAt: { $notNull: true } },
      populate: { venue: { populate: { neighbourhood: true } }, organisers: true },
    });
    const held = new Map<string, any>();
    for (const r of rows) if (new Date(r.startsAt) <= now && r.eventStatus !== 'cancelled') held.set(r.documentId, r);
    expect(held.size).toBeGreaterThan(0);
    expect(figure('events-by-neighbourhood').total).toBe(held.size);
    expect(figure('events-by-category').total).toBe(held.size);
    const byNeighbourhood: Record<string, number> = {};
    for (const e of held.values()) byNeighbourhood[e.venue.neighbourhood.slug] = (byNeighbourhood[e.venue.neighbourhood.slug] ?? 0) + 1;
    expect(Object.fromEntries(figure('events-by-neighbourhood').breakdown.map((b: any) => [b.group, b.value]))).toEqual(byNeighbourhood);
    const byCategory: Record<string, number> = {};
    for (const e of held.values()) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
    expect(Object.fromEntries(figure('events-by-category').breakdown.map((b: any) => [b.group, b.value]))).toEqual(byCategory);
    const organisers = new Set([...held.values()].flatMap((e) => e.organisers.map((o: any) => o.documentId)));
    expect(figure('associations-taking-part').total).toBe(organisers.size);
    const associations = new Set((await h.strapi.db.query('api::association.association').findMany({})).map((a: any) => a.documentId));
    expect(figure('associations-by-category').total).toBe(associations.size);
    const comments = new Set((await h.strapi.db.query('api::comment.comment').findMany({})).map((c: any) => c.documentId));
    expect(figure('comments-received').total).toBe(comments.size);
  });
});

describe('a new version of a plan', () => {
  it('keeps the version it replaces readable, in every language', async () => {
    const plans = h.strapi.documents('api::thematic-plan.thematic-plan');
    const id = await planId('pac-jeunes');
    await plans.update({ documentId: id, locale: 'fr', data: { version: 2, planStatus: 'draft', changes: 'Un fonds plus large' } });
    await plans.publish({ documentId: id, locale: '*' });
    for (const locale of ['fr', 'ar']) {
      const { body } = await h.get(`/api/thematic-plans/by-slug/pac-jeunes?locale=${locale}`);
      expect(body.data.version).toBe(2);
      expect(body.data.history).toEqual([expect.objectContaining({ version: 1, planStatus: 'adopted', adoptedOn: '2024-10-05' })]);
    }
    // And refuses a version going down.
    await expect(plans.update({ documentId: id, locale: 'fr', data: { version: 1 } })).rejects.toThrow(/version/);
  });
});
