import { LOCALES, type Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { allSlugs, type Collection } from '$lib/server/cms/documents';
import type { RequestHandler } from './$types';

// Account and application pages are personal ($lib/server/personal.ts): never listed here.
const STATIC_PAGES = [
  '',
  '/events',
  '/associations',
  '/calls',
  '/heritage',
  '/needs',
  '/bodies',
  '/progress',
  '/accessibility',
  '/formats',
];
const COLLECTIONS: Collection[] = ['events', 'associations', 'calls', 'heritage', 'bodies', 'plans'];
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface Page {
  path: string;
  locales: Map<Locale, string | undefined>;
}

/** Every public page in the locales it exists in, each with its other-language versions. The audit reads this. */
export const GET: RequestHandler = ({ url, fetch }) =>
  forEndpoint(async () => {
    const pages: Page[] = STATIC_PAGES.map((path) => ({ path, locales: new Map(LOCALES.map((l) => [l, undefined])) }));
    for (const collection of COLLECTIONS) {
      const byLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, rows: await allSlugs(collection, locale, fetch) })));
      const bySlug = new Map<string, Page>();
      for (const { locale, rows } of byLocale) {
        for (const { slug, updatedAt } of rows) {
          const page = bySlug.get(slug) ?? { path: `/${collection}/${slug}`, locales: new Map() };
          page.locales.set(locale, updatedAt);
          bySlug.set(slug, page);
        }
      }
      pages.push(...bySlug.values());
    }
    const entries = pages.flatMap(({ path, locales }) =>
      [...locales].map(([locale, lastmod]) => {
        const alternates = [...locales.keys()]
          .map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(`${url.origin}/${l}${path}`)}"/>`)
          .join('\n');
        return `  <url>\n    <loc>${escapeXml(`${url.origin}/${locale}${path}`)}</loc>\n${lastmod ? `    <lastmod>${lastmod.slice(0, 10)}</lastmod>\n` : ''}${alternates}\n  </url>`;
      }),
    );
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
    return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
  });
