import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILTER_DEPTH } from '../src/utils/public-query';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * What the public may filter and sort on, tested as a class, not instance by instance: the paths
 * are generated from the content model, so a type or relation added tomorrow is covered the day it
 * lands. A draft whose title would match sits behind every relation path; each refusal is paired
 * with the allowed case.
 */
let h: Harness;
const SECRET = 'Secretdraft zebra';

type Model = { uid: string; info: { pluralName: string }; attributes: Record<string, any>; options?: { draftAndPublish?: boolean } };
/** The types with public routes, each declaring them in its public-api.ts (applications have none: see applications.test.ts). */
const models = () =>
  Object.values(h.strapi.contentTypes as Record<string, Model>).filter(
    (m) => m.uid.startsWith('api::') && existsSync(join(__dirname, '../src/api', m.uid.split('.').pop()!, 'public-api.ts')),
  );
const model = (uid: string): Model => h.strapi.getModel(uid);
const apiOf = async (m: Model) => (await import(`../src/api/${m.uid.split('.').pop()}/public-api.ts`)).default;

/** Every path through relations, up to `depth` hops, that ends on a type with drafts. */
function pathsToDrafts(uid: string, depth: number, prefix: string[] = []): { path: string[]; target: Model }[] {
  if (depth === 0) return [];
  return Object.entries(model(uid).attributes).flatMap(([name, a]) => {
    if (a.type !== 'relation' || !a.target?.startsWith('api::')) return [];
    const target = model(a.target);
    const here = target.options?.draftAndPublish ? [{ path: [...prefix, name], target }] : [];
    return [...here, ...pathsToDrafts(a.target, depth - 1, [...prefix, name])];
  });
}

/** `filters[a][b][c][$op]=v`, with the path optionally wrapped in $or, $and or $not. */
function filterQuery(path: string[], op: string, value: string, wrap?: '$or' | '$and' | '$not') {
  const inner = `${path.map((p) => `[${p}]`).join('')}[${op}]=${encodeURIComponent(value)}`;
  if (wrap === '$not') return `filters[$not]${inner}`;
  return wrap ? `filters[${wrap}][0]${inner}` : `filters${inner}`;
}

const stringField = (m: Model) => Object.entries(m.attributes).find(([, a]) => a.type === 'string' && !a.private)![0];

beforeAll(async () => {
  h = await bootStrapi();
  const nbh = await h.strapi
    .documents('api::neighbourhood.neighbourhood')
    .create({ locale: 'ar', data: { name: 'حي', slug: 'quarter', peripheral: true, centroid: { lat: 35.57, lng: -5.37 } } });
  const venue = await h.strapi
    .documents('api::venue.venue')
    .create({ locale: 'ar', data: { name: 'قاعة', slug: 'hall', point: { lat: 35.57, lng: -5.37 }, neighbourhood: nbh.documentId } });
  const assoc = await h.strapi.documents('api::association.association').create({
    locale: 'ar',
    data: { name: 'جمعية', slug: 'club', category: 'sport', verified: true, neighbourhoodsServed: [nbh.documentId] },
  });
  const programme = await h.strapi
    .documents('api::programme.programme')
    .create({ locale: 'ar', data: { name: 'برنامج', slug: 'season', startsOn: '2026-01-01', endsOn: '2026-12-31' } });
  const relations = {
    venue: venue.documentId,
    organisers: [assoc.documentId],
    programme: programme.documentId,
  };
  const events = h.strapi.documents('api::event.event');
  await events.create({ locale: 'ar', data: eventData('secret-draft', SECRET, relations) });
  await events.create({ locale: 'ar', data: eventData('public-match', 'Public match', relations), status: 'published' });
});

afterAll(async () => {
  await h?.stop();
});

describe('no filter reaches a draft through a relation', () => {
  it('covers every public type (the generated matrix is not empty)', () => {
    const total = models().reduce((n, m) => n + pathsToDrafts(m.uid, 3).length, 0);
    expect(total).toBeGreaterThanOrEqual(models().length);
  });

  it('refuses every relation path to a type with drafts, bare or wrapped, whether or not the draft matches', async () => {
    for (const m of models()) {
      for (const { path, target } of pathsToDrafts(m.uid, 3)) {
        const leaf = [...path, stringField(target)];
        for (const wrap of [undefined, '$or', '$and', '$not'] as const) {
          for (const prefix of ['Secretdraft', 'Nothingmatches']) {
            const url = `/api/${m.info.pluralName}?${filterQuery(leaf, '$startsWith', prefix, wrap)}`;
            const { status, body } = await h.get(url);
            expect(status, url).toBe(400);
            expect(body.error.message, url).toMatch(/not accepted/);
            expect(JSON.stringify(body), url).not.toContain('zebra');
          }
        }
      }
    }
  });

  it('refuses the same paths on single-record routes', async () => {
    const filter = filterQuery(['venue', 'events', 'title'], '$startsWith', 'Secretdraft');
    expect((await h.get(`/api/events/by-slug/public-match?${filter}`)).status).toBe(400);
    expect((await h.get(`/api/venues/by-slug/hall?${filterQuery(['events', 'title'], '$startsWith', 'Secretdraft')}`)).status).toBe(400);
    // The allowed case: the same routes without the filter.
    expect((await h.get('/api/events/by-slug/public-match')).status).toBe(200);
    expect((await h.get('/api/venues/by-slug/hall')).status).toBe(200);
  });
});

describe('what a public record says', () => {
  it('carries no numeric row id, whose gaps would count the drafts in between', async () => {
    const list = await h.get('/api/events');
    expect(list.body.data.length).toBeGreaterThan(0);
    const one = await h.get(`/api/events/${list.body.data[0].documentId}`);
    const bySlug = await h.get('/api/events/by-slug/public-match');
    for (const body of [list.body, one.body, bySlug.body]) expect(JSON.stringify(body)).not.toMatch(/"id":/);
    // The allowed case: the document id and the slug are there.
    expect(bySlug.body.data).toMatchObject({ slug: 'public-match', documentId: expect.any(String) });
  });
});

/** The type or component a path of attributes leads to, through relations and components (`venue.accessibility`). */
const modelAt = (start: Model, parts: string[]): Model =>
  parts.reduce((current, part) => {
    const attribute = current.attributes[part];
    return model(attribute.type === 'component' ? attribute.component : attribute.target);
  }, start);

describe('each route accepts exactly what it declares', () => {
  it('accepts every declared filter path (the allowed case)', async () => {
    for (const m of models()) {
      const api = await apiOf(m);
      for (const declared of api.list.filters ?? []) {
        const paths: string[][] = declared.endsWith('.*')
          ? Object.entries(modelAt(m, declared.split('.').slice(0, -1)).attributes)
              .filter(([, a]) => !['relation', 'component', 'media'].includes(a.type))
              .map(([name]) => [...declared.split('.').slice(0, -1), name])
          : [declared.split('.')];
        for (const path of paths) {
          const url = `/api/${m.info.pluralName}?${filterQuery(path, '$notNull', 'true')}`;
          expect((await h.get(url)).status, url).toBe(200);
        }
      }
    }
  });

  it('finds published events through a declared relation path, and never the draft', async () => {
    const { status, body } = await h.get(`/api/events?${filterQuery(['venue', 'neighbourhood', 'slug'], '$eq', 'quarter')}`);
    expect(status).toBe(200);
    expect(body.data.map((e: any) => e.slug)).toEqual(['public-match']);
    const organised = await h.get(`/api/events?${filterQuery(['organisers', 'slug'], '$eq', 'club', '$or')}`);
    expect(organised.body.data.map((e: any) => e.slug)).toEqual(['public-match']);
  });

  it('refuses any plain attribute a type does not declare, and accepts none on a route that declares none', async () => {
    for (const m of models()) {
      const api = await apiOf(m);
      const declared = new Set<string>(api.list.filters ?? []);
      for (const [name, a] of Object.entries(m.attributes)) {
        if (['relation', 'component', 'media', 'dynamiczone'].includes(a.type) || declared.has(name)) continue;
        const url = `/api/${m.info.pluralName}?${filterQuery([name], '$notNull', 'true')}`;
        expect((await h.get(url)).status, url).toBe(400);
      }
      // Types without a slug (comments, indicators, milestones) are read one at a time by document id.
      const one = m.attributes.slug ? 'by-slug/anything' : 'anything';
      const detail = `/api/${m.info.pluralName}/${one}?${filterQuery(['slug'], '$eq', 'x')}`;
      expect((await h.get(detail)).status, detail).toBe(400);
    }
  });

  it('refuses sorts that are not declared, and accepts those that are', async () => {
    for (const m of models()) {
      const api = await apiOf(m);
      for (const field of api.list.sort ?? []) {
        for (const form of [`sort=${field}:asc`, `sort[0]=${field}:desc`, `sort[${field}]=asc`]) {
          expect((await h.get(`/api/${m.info.pluralName}?${form}`)).status, `${m.uid} ${form}`).toBe(200);
        }
      }
    }
    for (const path of [
      '/api/associations?sort=legalIdentifier:asc',
      '/api/events?sort=searchText',
      '/api/events?sort=startsAt,searchText:desc',
      '/api/events?sort[venue][name]=asc',
      '/api/venues?sort=events.title',
    ]) {
      expect((await h.get(path)).status, path).toBe(400);
    }
  });

  it('caps the depth of filters and refuses unknown parameters and operators', async () => {
    const deep = `filters${'[$and][0]'.repeat(MAX_FILTER_DEPTH + 1)}[slug][$eq]=public-match`;
    expect((await h.get(`/api/events?${deep}`)).status).toBe(400);
    const shallow = `filters${'[$and][0]'.repeat(2)}[slug][$eq]=public-match`;
    expect((await h.get(`/api/events?${shallow}`)).body.data.map((e: any) => e.slug)).toEqual(['public-match']);
    // Malformed shapes are refused, never a 500 and never a filter silently dropped.
    for (const path of [
      '/api/events?sort[title][id]=asc',
      '/api/events?sort=title:sideways',
      '/api/events?filters[0][slug]=public-match',
      '/api/events?filters[$and][150][slug]=public-match',
      '/api/events?filters=slug',
    ]) {
      const { status } = await h.get(path);
      expect(status, path).toBe(400);
    }
    for (const path of [
      '/api/associations?_q=SECRET',
      '/api/events?hasPublishedVersion=false',
      '/api/events?filters[slug][$regex]=.*',
      '/api/events?filters[slug][$eq][$ne]=x',
      '/api/events?fields[0]=searchText',
      '/api/events?fields[0]=venue',
    ]) {
      expect((await h.get(path)).status, path).toBe(400);
    }
    expect((await h.get('/api/events?fields[0]=title&fields[1]=slug')).status).toBe(200);
  });
});
