import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOnce } from '../src/seed/seed';
import { bootStrapi, type Harness } from './strapi-harness';

/** A CMS stopped during its first start must finish the demo city on the next one, not keep half of it. */
let h: Harness;
let failAfterEvents = Infinity;

beforeAll(async () => {
  h = await bootStrapi({ seed: false });
  let created = 0;
  // Stands in for the process being killed: every write after the Nth event fails.
  h.strapi.documents.use(async (context: any, next: () => Promise<unknown>) => {
    if (context.uid === 'api::event.event' && context.action === 'create' && ++created > failAfterEvents) {
      throw new Error('simulated crash during the first seed');
    }
    return next();
  });
});
afterAll(async () => {
  await h?.stop();
});

const count = (uid: string, locale: string) => h.strapi.documents(uid).count({ locale } as any);

describe('the first seed', () => {
  it('resumes after an interruption and ends with one copy of everything in both locales', async () => {
    const day = new Date('2026-03-10T08:00:00Z');
    failAfterEvents = 10;
    await expect(seedDemoOnce(h.strapi, day)).rejects.toThrow(/simulated crash/);
    expect(await count('api::event.event', 'ar')).toBe(10);
    const store = h.strapi.store({ type: 'core', name: 'hub' });
    expect(await store.get({ key: 'demo-seeded-at' })).toBeFalsy();

    failAfterEvents = Infinity;
    // The second start happens another day: the city still comes out as planned on the first.
    expect(await seedDemoOnce(h.strapi, new Date('2026-03-11T08:00:00Z'))).toBe(true);
    const demo = (await import('../src/seed/tetouan-demo.json')).default;
    for (const locale of ['ar', 'fr']) {
      expect(await count('api::neighbourhood.neighbourhood', locale)).toBe(demo.neighbourhoods.length);
      const events = await h.strapi
        .documents('api::event.event')
        .findMany({ locale, fields: ['slug', 'startsAt'], status: 'published', limit: 1000 } as any);
      const slugs = events.map((e: any) => e.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs.length).toBeGreaterThanOrEqual(80);
    }
    expect(await store.get({ key: 'demo-seeded-at' })).toBe(day.toISOString());
    // Seeded once: a third start changes nothing.
    const before = await count('api::event.event', 'fr');
    expect(await seedDemoOnce(h.strapi)).toBe(false);
    expect(await count('api::event.event', 'fr')).toBe(before);
  });
});
