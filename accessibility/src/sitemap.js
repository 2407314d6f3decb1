/** The addresses of a sitemap, in document order. */
export function parseSitemap(xml) {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

export async function fetchSitemap(site) {
  const res = await fetch(new URL('/sitemap.xml', site));
  if (!res.ok) throw new Error(`The sitemap of ${site} answered ${res.status}`);
  return parseSitemap(await res.text());
}

/**
 * States of pages that the sitemap does not list but visitors meet: not found, rejected
 * filters, no results. Each is audited in every locale.
 */
export const EXTRA_STATES = [
  '/{lang}/this-page-does-not-exist',
  '/{lang}/events?neighbourhood=atlantis&from=2026-13-45&page=abc',
  '/{lang}/events?q=zzzzzzzzzz-nothing-matches',
  '/{lang}/associations?category=unknown&q=zzzzzzzz',
];
