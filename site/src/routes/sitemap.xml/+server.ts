import { LOCALES } from '$lib/i18n';
import { CmsError } from '$lib/server/cms/client';
import { allAssociationSlugs } from '$lib/server/cms/associations';
import { allEventSlugs } from '$lib/server/cms/events';
import type { RequestHandler } from './$types';

const STATIC_PAGES = ['', '/events', '/associations', '/accessibility'];
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every public page in every locale, each with its other-language versions. The audit reads this. */
export const GET: RequestHandler = async ({ url, fetch }) => {
  let events: { slug: string; updatedAt: string }[];
  let associations: { slug: string; updatedAt: string }[];
  try {
    [events, associations] = await Promise.all([allEventSlugs(fetch), allAssociationSlugs(fetch)]);
  } catch (e) {
    if (e instanceof CmsError) return new Response('CMS unavailable', { status: 503, headers: { 'retry-after': '30' } });
    throw e;
  }
  const pages: { path: string; lastmod?: string }[] = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...events.map((e) => ({ path: `/events/${e.slug}`, lastmod: e.updatedAt })),
    ...associations.map((a) => ({ path: `/associations/${a.slug}`, lastmod: a.updatedAt })),
  ];
  const entries = pages.flatMap(({ path, lastmod }) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(`${url.origin}/${l}${path}`)}"/>`).join('\n');
      return `  <url>\n    <loc>${escapeXml(`${url.origin}/${locale}${path}`)}</loc>\n${lastmod ? `    <lastmod>${lastmod.slice(0, 10)}</lastmod>\n` : ''}${alternates}\n  </url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
};
