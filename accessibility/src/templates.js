/**
 * Which pages to audit. Pages built from one route template differ only by their content, so the
 * default audit visits every template in every locale and a few instances of each, instead of
 * every page of the sitemap. Templates are derived from the addresses alone, so a new kind of
 * page is grouped the day it appears in the sitemap, without a change here.
 */

/** Instances audited per template and locale by default: the first, the middle and the last. */
export const DEFAULT_SAMPLE_SIZE = 3;

const SLUG = '{slug}';

/** `/ar/events/x?page=2` → the locale, the path segments after it, and the query's parameter names. */
export function splitUrl(url, locales) {
  const { pathname, searchParams } = new URL(url, 'http://x');
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const locale = locales.includes(segments[0]) ? segments.shift() : null;
  return { locale, segments, keys: [...new Set(searchParams.keys())].sort() };
}

const queryShape = (keys) => (keys.length ? `?${keys.map((k) => `${k}={${k}}`).join('&')}` : '');

/**
 * Gives each address the shape of its route template, e.g. `/{lang}/events/{slug}`. A path
 * segment is a `{slug}` where the addresses that share what comes before it continue with more
 * different values than a sample would audit anyway, so merging them saves work; below that,
 * every page is its own template and is audited. Two rules keep distinct templates apart:
 * the first segment after the locale names a section (`/events`, `/associations`) and never
 * varies, and a segment that several instances share (`/calls/{slug}/apply`) stays literal.
 * Query values always vary; the parameters' names are part of the shape.
 */
export function shapesOf(urls, { locales, sampleSize = DEFAULT_SAMPLE_SIZE }) {
  const entries = urls.map((url) => ({ url, ...splitUrl(url, locales), shape: [] }));
  const walk = (group, depth) => {
    const deeper = group.filter((e) => e.segments.length > depth);
    const byValue = new Map();
    for (const e of deeper) {
      const value = e.segments[depth];
      if (!byValue.has(value)) byValue.set(value, []);
      byValue.get(value).push(e);
    }
    // A value found under several different parents (two events, say) is a sub-page they all have.
    const parentsOf = (list) => new Set(list.map((e) => e.segments.slice(0, depth).join('/'))).size;
    const varying = depth === 0 ? [] : [...byValue.keys()].filter((v) => parentsOf(byValue.get(v)) === 1);
    const merge = varying.length > sampleSize ? new Set(varying) : new Set();
    const next = new Map();
    for (const [value, list] of byValue) {
      const segment = merge.has(value) ? SLUG : value;
      for (const e of list) e.shape.push(segment);
      if (!next.has(segment)) next.set(segment, []);
      next.get(segment).push(...list);
    }
    for (const list of next.values()) walk(list, depth + 1);
  };
  for (const prefix of new Set(entries.map((e) => e.locale !== null)))
    walk(
      entries.filter((e) => (e.locale !== null) === prefix),
      0,
    );
  return entries.map((e) => ({
    url: e.url,
    locale: e.locale,
    template: `${e.locale !== null ? '/{lang}' : ''}/${e.shape.join('/')}${queryShape(e.keys)}`.replace(/(.)\/$/, '$1'),
  }));
}

/** `size` items spread evenly over `list`, always its first and last: the same ones every time. */
export function spread(list, size) {
  if (list.length <= size) return [...list];
  if (size <= 1) return list.slice(0, Math.max(0, size));
  const picks = new Set(Array.from({ length: size }, (_, i) => Math.round((i * (list.length - 1)) / (size - 1))));
  return [...picks].map((i) => list[i]);
}

/**
 * The audit plan: each template with its instances per locale (in sitemap order) and the ones to
 * audit; `full` audits them all. `states` are paths the sitemap cannot list (not found, rejected
 * filters, no results), written with `{lang}` and resolved against `base`: each is a template of its own.
 */
export function planAudit({ sitemap, states = [], base = '', locales, full = false, sampleSize = DEFAULT_SAMPLE_SIZE }) {
  const templates = new Map();
  const add = (template, kind, locale, url) => {
    if (!templates.has(template)) templates.set(template, { template, kind, instances: {} });
    const t = templates.get(template);
    (t.instances[locale ?? ''] ??= []).push(url);
  };
  for (const { url, locale, template } of shapesOf(sitemap, { locales, sampleSize })) add(template, 'page', locale, url);
  for (const state of states) for (const locale of locales) add(state, 'state', locale, `${base}${state.replaceAll('{lang}', locale)}`);
  const planned = [...templates.values()].map((t) => ({
    ...t,
    audited: Object.fromEntries(Object.entries(t.instances).map(([locale, urls]) => [locale, full ? [...urls] : spread(urls, sampleSize)])),
  }));
  return { mode: full ? 'full' : 'sample', sampleSize, templates: planned, urls: planned.flatMap((t) => Object.values(t.audited).flat()) };
}

/** Templates, per locale, that the sitemap lists but the plan audits no instance of: the audit could not vouch for them. */
export function unaudited(plan) {
  return plan.templates.flatMap((t) =>
    Object.entries(t.instances)
      .filter(([locale, urls]) => urls.length > 0 && !(t.audited[locale]?.length > 0))
      .map(([locale]) => ({ template: t.template, locale })),
  );
}

/** Locales with no page at all in the plan. */
export function emptyLocales(plan, locales) {
  return locales.filter((locale) => !plan.templates.some((t) => t.kind === 'page' && t.instances[locale]?.length > 0));
}
