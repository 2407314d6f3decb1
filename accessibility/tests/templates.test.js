import { describe, expect, it } from 'vitest';
import { emptyLocales, planAudit, shapesOf, spread, unaudited } from '../src/templates.js';

const locales = ['ar', 'fr'];
const site = 'https://hub.example';
/** A sitemap as the hub writes it: each path in every locale, one after the other. */
const sitemapOf = (paths, langs = locales) => paths.flatMap((p) => langs.map((l) => `${site}/${l}${p}`));
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1));
const templateOf = (urls, url) => shapesOf(urls, { locales }).find((s) => s.url === url).template;

describe('grouping addresses into route templates', () => {
  const events = range(12, (i) => `/events/event-${i}`);
  const associations = range(5, (i) => `/associations/assoc-${i}`);
  const sitemap = sitemapOf(['', '/events', '/associations', '/accessibility', ...events, ...associations]);

  it('replaces the locale and the segments that vary between instances', () => {
    const shapes = shapesOf(sitemap, { locales });
    expect([...new Set(shapes.map((s) => s.template))]).toEqual([
      '/{lang}',
      '/{lang}/events',
      '/{lang}/associations',
      '/{lang}/accessibility',
      '/{lang}/events/{slug}',
      '/{lang}/associations/{slug}',
    ]);
    expect(shapes.find((s) => s.url === `${site}/fr/events/event-7`)).toEqual({
      url: `${site}/fr/events/event-7`,
      locale: 'fr',
      template: '/{lang}/events/{slug}',
    });
  });

  it('groups a kind of page it has never seen, with no change to the code', () => {
    const heritage = sitemapOf(range(8, (i) => `/heritage/place-${i}`));
    expect(new Set(shapesOf([...sitemap, ...heritage], { locales }).map((s) => s.template))).toContain('/{lang}/heritage/{slug}');
  });

  it('never merges the sections under the locale, however many there are', () => {
    const sections = ['/events', '/associations', '/calls', '/bodies', '/heritage', '/progress', '/screen', '/needs', '/accessibility'];
    const templates = shapesOf(sitemapOf(sections), { locales }).map((s) => s.template);
    expect(new Set(templates)).toEqual(new Set(sections.map((s) => `/{lang}${s}`)));
  });

  it('keeps a sub-page that every instance has apart from the instances themselves', () => {
    const calls = range(6, (i) => `/calls/call-${i}`);
    const urls = sitemapOf([...calls, ...calls.map((c) => `${c}/apply`)]);
    expect(templateOf(urls, `${site}/ar/calls/call-2/apply`)).toBe('/{lang}/calls/{slug}/apply');
    expect(templateOf(urls, `${site}/ar/calls/call-2`)).toBe('/{lang}/calls/{slug}');
  });

  it('keeps as many templates as there are pages while merging them would audit nothing fewer', () => {
    const few = sitemapOf(['/events/a', '/events/b', '/events/c']);
    expect(shapesOf(few, { locales, sampleSize: 3 }).map((s) => s.template)).toContain('/{lang}/events/b');
    expect(shapesOf(few, { locales, sampleSize: 2 }).map((s) => s.template)).toEqual(Array(6).fill('/{lang}/events/{slug}'));
  });

  it('names the query parameters and lets their values vary', () => {
    expect(templateOf([`${site}/ar/events?page=2&category=sport`], `${site}/ar/events?page=2&category=sport`)).toBe(
      '/{lang}/events?category={category}&page={page}',
    );
  });

  it('leaves addresses outside any locale under their own path', () => {
    expect(shapesOf([`${site}/`, `${site}/ar`], { locales }).map((s) => [s.template, s.locale])).toEqual([
      ['/', null],
      ['/{lang}', 'ar'],
    ]);
  });
});

describe('sampling instances', () => {
  it('takes the first, the middle and the last, in the given order', () => {
    expect(spread(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual(['a', 'd', 'g']);
    expect(spread(['a', 'b', 'c', 'd'], 3)).toEqual(['a', 'c', 'd']);
  });

  it('takes everything when there is no more than the sample, and never repeats an item', () => {
    expect(spread(['a', 'b'], 3)).toEqual(['a', 'b']);
    expect(spread(['a', 'b', 'c', 'd', 'e'], 5)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(spread(['a', 'b', 'c'], 1)).toEqual(['a']);
  });
});

describe('the audit plan', () => {
  const events = range(40, (i) => `/events/event-${i}`);
  const sitemap = sitemapOf(['', '/events', '/accessibility', ...events]);
  const states = ['/{lang}/this-page-does-not-exist', '/{lang}/events?q=nothing'];

  it('audits every template and state in every locale, and a sample of the instances of each', () => {
    const plan = planAudit({ sitemap, states, base: site, locales });
    expect(plan.mode).toBe('sample');
    const event = plan.templates.find((t) => t.template === '/{lang}/events/{slug}');
    expect(event.instances.ar).toHaveLength(40);
    expect(event.audited).toEqual({
      ar: [`${site}/ar/events/event-1`, `${site}/ar/events/event-21`, `${site}/ar/events/event-40`],
      fr: [`${site}/fr/events/event-1`, `${site}/fr/events/event-21`, `${site}/fr/events/event-40`],
    });
    expect(plan.templates.find((t) => t.template === '/{lang}/events?q=nothing')).toMatchObject({
      kind: 'state',
      audited: { ar: [`${site}/ar/events?q=nothing`], fr: [`${site}/fr/events?q=nothing`] },
    });
    // 3 static pages and 3 events in each of 2 locales, and 2 states in each.
    expect(plan.urls).toHaveLength(2 * (3 + 3) + 2 * 2);
    expect(unaudited(plan)).toEqual([]);
  });

  it('gives the same plan every time for the same sitemap', () => {
    expect(planAudit({ sitemap, states, base: site, locales })).toEqual(planAudit({ sitemap: [...sitemap], states, base: site, locales }));
  });

  it('audits every page of the sitemap in full mode', () => {
    const plan = planAudit({ sitemap, states, base: site, locales, full: true });
    expect(plan.mode).toBe('full');
    expect(plan.urls).toHaveLength(sitemap.length + 2 * states.length);
    expect(new Set(plan.urls)).toEqual(
      new Set([...sitemap, ...states.flatMap((s) => locales.map((l) => `${site}${s.replace('{lang}', l)}`))]),
    );
  });

  it('names a template of the sitemap that no audited page stands for', () => {
    const plan = planAudit({ sitemap, locales });
    plan.templates.find((t) => t.template === '/{lang}/events/{slug}').audited.fr = [];
    expect(unaudited(plan)).toEqual([{ template: '/{lang}/events/{slug}', locale: 'fr' }]);
  });

  it('names a locale that has no page at all, even when the states would be audited in it', () => {
    const plan = planAudit({ sitemap: sitemapOf(['', '/events'], ['ar']), states, base: site, locales });
    expect(emptyLocales(plan, locales)).toEqual(['fr']);
    expect(emptyLocales(planAudit({ sitemap, states, base: site, locales }), locales)).toEqual([]);
  });
});
