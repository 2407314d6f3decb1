import { describe, expect, it } from 'vitest';
import { createReadCache, lifetimes } from './cache';
import { modelsOfRoute, tagsOfChange, tagsOfRoute } from './cache-tags';

/** A clock the test moves, and a source that counts how often the CMS was asked. */
function setup(opts: Partial<Parameters<typeof createReadCache>[0]> = {}) {
  let t = 0;
  const cache = createReadCache({ freshMs: 1000, staleMs: 5000, now: () => t, ...opts });
  let calls = 0;
  let answer = 'v1';
  const source = async () => {
    calls++;
    return { value: { data: answer }, size: 10 };
  };
  return {
    cache,
    source,
    tick: (ms: number) => (t += ms),
    calls: () => calls,
    answer: (a: string) => (answer = a),
  };
}

describe('the read cache', () => {
  it('answers from memory while fresh, then stale while one refresh runs, then asks again', async () => {
    const s = setup();
    expect(await s.cache.read('k', ['a'], s.source)).toEqual({ data: 'v1' });
    s.answer('v2');
    expect(await s.cache.read('k', ['a'], s.source)).toEqual({ data: 'v1' });
    expect(s.calls()).toBe(1);
    s.tick(1500);
    // Stale: the old answer now, the new one once the background read is in.
    expect(await s.cache.read('k', ['a'], s.source)).toEqual({ data: 'v1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await s.cache.read('k', ['a'], s.source)).toEqual({ data: 'v2' });
    expect(s.calls()).toBe(2);
    s.tick(10_000);
    s.answer('v3');
    // Past the stale window: never served, read now.
    expect(await s.cache.read('k', ['a'], s.source)).toEqual({ data: 'v3' });
  });

  it('drops exactly the entries carrying a changed tag', async () => {
    const s = setup();
    await s.cache.read('events', ['api::event.event'], s.source);
    await s.cache.read('bodies', ['api::consultative-body.consultative-body'], s.source);
    expect(s.cache.invalidate(['api::event.event'])).toBe(1);
    s.answer('v2');
    expect(await s.cache.read('events', ['api::event.event'], s.source)).toEqual({ data: 'v2' });
    expect(await s.cache.read('bodies', ['api::consultative-body.consultative-body'], s.source)).toEqual({ data: 'v1' });
  });

  it('does not keep an answer read while an invalidation happened (it may predate the change)', async () => {
    const s = setup();
    let release!: () => void;
    const slow = () =>
      new Promise<{ value: string; size: number }>((resolve) => {
        release = () => resolve({ value: 'before', size: 6 });
      });
    const first = s.cache.read('k', ['a'], slow);
    s.cache.invalidate(['a']);
    release();
    expect(await first).toBe('before');
    expect(await s.cache.read('k', ['a'], async () => ({ value: 'after', size: 5 }))).toBe('after');
  });

  it('asks the CMS once for many visitors at the same moment', async () => {
    const s = setup();
    await Promise.all(Array.from({ length: 20 }, () => s.cache.read('k', [], s.source)));
    expect(s.calls()).toBe(1);
  });

  it('is bounded by entries and by bytes', async () => {
    const s = setup({ maxEntries: 3, maxBytes: 100 });
    for (let i = 0; i < 10; i++) await s.cache.read(`k${i}`, [], s.source);
    expect(s.cache.stats().entries).toBe(3);
    const big = setup({ maxEntries: 100, maxBytes: 25 });
    for (let i = 0; i < 10; i++) await big.cache.read(`k${i}`, [], big.source);
    expect(big.cache.stats().bytes).toBeLessThanOrEqual(25);
  });

  it('freezes what it shares, so one page cannot change another visitor’s data', async () => {
    const s = setup();
    const v = await s.cache.read<{ data: string }>('k', [], s.source);
    expect(() => {
      (v as { data: string }).data = 'x';
    }).toThrow();
  });

  it('without the webhook keeps answers seconds and never serves them stale', () => {
    expect(lifetimes(false)).toEqual({ freshMs: 5000, staleMs: 0 });
    expect(lifetimes(true).freshMs).toBeGreaterThan(lifetimes(false).freshMs);
  });
});

describe('what each change drops', () => {
  it('tags a list by every type it shows, a record read by slug by the types it populates', () => {
    expect(tagsOfRoute('/events/occurrences').tags).toEqual(
      expect.arrayContaining(['api::event.event', 'api::venue.venue', 'api::association.association']),
    );
    const one = tagsOfRoute('/events/by-slug/concert');
    expect(one.single).toBe(true);
    expect(one.tags).not.toContain('api::event.event');
    expect(one.tags).toContain('api::venue.venue');
  });

  it('a venue or an association changed drops the event lists; an event changed drops its page and the lists', () => {
    const lists = tagsOfRoute('/events/occurrences').tags;
    const hits = (change: string[] | 'all', tags: string[]) => change === 'all' || tags.some((t) => change.includes(t));
    expect(hits(tagsOfChange('api::venue.venue', 'v1'), lists)).toBe(true);
    expect(hits(tagsOfChange('api::association.association', 'a1'), lists)).toBe(true);
    expect(hits(tagsOfChange('api::event.event', 'e1'), lists)).toBe(true);
    expect(hits(tagsOfChange('api::event.event', 'e1'), [...tagsOfRoute('/events/by-slug/x').tags, 'api::event.event#e1'])).toBe(true);
    // The allowed case: another event's page stays.
    expect(hits(tagsOfChange('api::event.event', 'e1'), [...tagsOfRoute('/events/by-slug/y').tags, 'api::event.event#e2'])).toBe(false);
    // A heritage point does not touch events.
    expect(hits(tagsOfChange('api::heritage-point.heritage-point', 'h1'), lists)).toBe(false);
  });

  it('a route or a type missing from the table costs speed, never correctness', () => {
    expect(tagsOfRoute('/something-new').tags).toEqual(['*']);
    expect(tagsOfChange('api::event.event', 'e1')).toContain('*');
    expect(tagsOfChange('api::brand-new.brand-new', 'x')).toBe('all');
    expect(tagsOfChange('api::event.event')).toBe('all');
  });

  it('knows the types of issue 8', () => {
    expect(modelsOfRoute('/calls')).toContain('api::call-for-interest.call-for-interest');
    expect(modelsOfRoute('/partnerships')).toContain('api::partnership.partnership');
  });
});
