import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { SITE_LOCALES } from '../src/locales.js';

const page = (name) => readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url));

/**
 * Serves the fixtures on a free loopback port. In 'bad' mode the sitemap lists the page with
 * known violations; in 'good' mode only clean pages exist.
 */
export async function serveFixtures(mode) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/sitemap.xml') {
      // A page in every locale of the site, as the audit expects by default; the first one is bad in 'bad' mode.
      const urls = SITE_LOCALES.map((l, i) => `/${l}/${mode === 'bad' && i === 0 ? 'bad' : 'good'}`);
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><urlset>${urls.map((u) => `<url><loc>http://${req.headers.host}${u}</loc></url>`).join('')}</urlset>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(path.endsWith('/bad') ? page('violations') : page('clean'));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
