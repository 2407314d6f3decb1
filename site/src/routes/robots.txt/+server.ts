import type { RequestHandler } from './$types';

/** The sitemap's address must be absolute (robots.txt has no base URL): from ORIGIN, as adapter-node gives it. */
export const GET: RequestHandler = ({ url }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /internal/\nSitemap: ${url.origin}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
