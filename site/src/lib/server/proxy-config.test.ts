import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The production proxy (deploy/nginx.conf.template, mounted by docker-compose.yml) must never keep
 * or serve from its cache a personal page. nginx itself runs this file in front of the test stack
 * (site/e2e/proxy.test.ts) and the benchmark's; here its rules are read, so a change that loosens
 * them fails even where nginx is not installed.
 */
// Its directives, without its comments.
const conf = readFileSync(new URL('../../../deploy/nginx.conf.template', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => !line.trim().startsWith('#'))
  .join('\n');
const site = conf.slice(conf.indexOf('location / {'), conf.indexOf('server {', conf.indexOf('location / {')));

describe('the caching proxy', () => {
  it('neither serves from its cache nor stores a request with a cookie or credentials', () => {
    expect(site).toMatch(/proxy_cache_bypass \$http_cookie \$http_authorization;/);
    expect(site).toMatch(/proxy_no_cache \$http_cookie \$http_authorization;/);
  });

  it('honours the site’s Cache-Control and Set-Cookie (private, no-store, a cookie set: not stored)', () => {
    expect(conf).not.toMatch(/proxy_ignore_headers/);
    expect(conf).not.toMatch(/proxy_cache_valid/);
    expect(conf).not.toMatch(/proxy_hide_header\s+Set-Cookie/i);
  });

  it('caches public pages of the site only, one copy per encoding, and hides the webhook', () => {
    expect(site).toMatch(/proxy_cache hub_pages;/);
    expect(site).toMatch(/proxy_cache_key "[^"]*\$request_uri[^"]*\$hub_encoding";/);
    expect(conf).toMatch(/location \/internal\/ \{\s*return 404;/);
    // The admin panel is never cached.
    expect(conf.slice(conf.lastIndexOf('server {'))).toMatch(/proxy_cache off;/);
  });
});
