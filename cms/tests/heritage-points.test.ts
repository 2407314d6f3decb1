import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_READ } from '../src/bootstrap/permissions';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Heritage points are public once published, with their place-accessibility facts; drafts,
 * authors and undeclared filters are not. Each refusal is paired with the allowed case.
 */
let h: Harness;
const UID = 'api::heritage-point.heritage-point';

const point = (slug: string, name: string, patch: Record<string, unknown> = {}) => ({
  slug,
  name,
  kind: 'gate',
  worksStatus: 'done',
  point: { lat: 35.5729, lng: -5.364 },
  accessibility: {
    entranceIsLevel: false,
    entranceStepCount: 1,
    entranceStepHeightCm: 12,
    pathwaySlopePercent: 8.5,
    pathwaySurface: 'sett',
  },
  isDemonstration: true,
  ...patch,
});

beforeAll(async () => {
  h = await bootStrapi();
  const docs = h.strapi.documents(UID);
  await docs.create({ locale: 'ar', data: point('published-gate', 'باب منشور'), status: 'published' });
  await docs.create({ locale: 'ar', data: point('draft-gate', 'باب مسودة') });
  await docs.create({ locale: 'ar', data: point('museum-point', 'متحف', { kind: 'museum', worksStatus: 'planned' }), status: 'published' });
});

afterAll(async () => {
  await h?.stop();
});

describe('heritage points on the public API', () => {
  it('are read by the public role: list, one by id and one by slug', () => {
    for (const action of ['find', 'findOne', 'findBySlug']) expect(PUBLIC_READ).toContain(`${UID}.${action}`);
  });

  it('lists published points with their position and facts, never drafts', async () => {
    const { status, body } = await h.get('/api/heritage-points?status=draft&populate=*');
    expect(status).toBe(200);
    const slugs = body.data.map((p: any) => p.slug).sort();
    expect(slugs).toEqual(['museum-point', 'published-gate']);
    const gate = body.data.find((p: any) => p.slug === 'published-gate');
    expect(gate.accessibility).toMatchObject({ entranceIsLevel: false, entranceStepCount: 1, pathwaySurface: 'sett' });
    // PostgreSQL answers decimals as strings, SQLite as numbers: the site's schema reads both.
    expect(Number(gate.accessibility.pathwaySlopePercent)).toBe(8.5);
    expect(Number(gate.point.lat)).toBeCloseTo(35.5729);
    expect(JSON.stringify(body)).not.toMatch(/"(createdBy|updatedBy|localizations)"/);
  });

  it('answers a point by slug, and 404 for a draft', async () => {
    expect((await h.get('/api/heritage-points/by-slug/published-gate')).status).toBe(200);
    expect((await h.get('/api/heritage-points/by-slug/draft-gate?status=draft')).status).toBe(404);
  });

  it('filters on kind and works status, and refuses what it does not declare', async () => {
    const museums = await h.get('/api/heritage-points?filters[kind][$eq]=museum&filters[worksStatus][$eq]=planned&sort=name:asc');
    expect(museums.status).toBe(200);
    expect(museums.body.data.map((p: any) => p.slug)).toEqual(['museum-point']);
    for (const path of [
      '/api/heritage-points?filters[accessibility][entranceIsLevel][$eq]=true',
      '/api/heritage-points?filters[isDemonstration][$eq]=true',
      '/api/heritage-points?sort=worksStatus:asc',
      '/api/heritage-points?filters[createdBy][email][$contains]=@',
    ]) {
      expect((await h.get(path)).status, path).toBe(400);
    }
  });

  it('cannot be written by anonymous callers', async () => {
    const res = await fetch(`${h.url}/api/heritage-points`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: point('intruder', 'x') }),
    });
    expect([403, 404, 405]).toContain(res.status);
    expect((await h.get('/api/heritage-points/by-slug/intruder')).status).toBe(404);
  });
});
