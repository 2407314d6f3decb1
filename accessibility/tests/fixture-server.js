import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { SITE_LOCALES } from '../src/locales.js';

const page = (name) => readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url));

/** What each address serves: the page with known violations, pages that redraw, or the clean page. */
const fixtureFor = (path) => {
  if (path.endsWith('/bad')) return 'violations';
  if (path.endsWith('/redrawing')) return 'redrawing';
  if (path.endsWith('/drawing')) return 'drawing';
  return 'clean';
};

/**
 * The sitemaps, with pages in every locale of the site, as the audit expects by default: 'bad'
 * lists the page with known violations first; 'good' only clean pages, four of one template.
 */
const SITEMAPS = {
  bad: SITE_LOCALES.map((l, i) => `/${l}/${i === 0 ? 'bad' : 'good'}`),
  good: [
    ...SITE_LOCALES.map((l) => `/${l}`),
    ...['one', 'two', 'three', 'four'].flatMap((t) => SITE_LOCALES.map((l) => `/${l}/things/${t}`)),
  ],
};

/** Serves the fixtures on a free loopback port. */
export async function serveFixtures(mode) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0"?><urlset>${SITEMAPS[mode].map((u) => `<url><loc>http://${req.headers.host}${u}</loc></url>`).join('')}</urlset>`,
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(fixtureFor(path)));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
