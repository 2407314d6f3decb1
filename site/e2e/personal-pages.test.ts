import { describe, expect, it } from 'vitest';
import { get } from './harness';

/**
 * No page rendered for one visitor is ever served to another from a cache: not from the site's
 * rendered pages in memory (x-hub-cache), and not from a shared cache (the proxy), which the
 * headers forbid to keep it. Each check is made in both orders: the personal page first (it
 * must not be kept), and the public page first (it must not be served to the personal request).
 * The proxy itself is checked in proxy.test.ts, its rules (deploy/nginx.conf.template) in
 * src/lib/server/proxy-config.test.ts.
 */
const PROFILE = { cookie: 'hub_needs=step-free' };
const shapedByProfile = /class="fit /;

const personal = (res: Awaited<ReturnType<typeof get>>, what: string) => {
  expect(res.headers.get('cache-control'), what).toMatch(/no-store/);
  expect(res.headers.get('cache-control'), what).not.toMatch(/public|s-maxage/);
  expect(res.headers.get('etag'), what).toBeNull();
  expect(res.headers.get('x-hub-cache'), what).not.toBe('hit');
};

describe('personal pages and caches', () => {
  it('a page rendered for an access-needs profile is kept by nobody and never reaches a visitor without one', async () => {
    for (const path of ['/fr/events?page=1', '/fr/heritage?kind=gate', '/fr/events/points.json?page=1']) {
      const mine = await get(path, { headers: PROFILE });
      personal(mine, path);
      const again = await get(path, { headers: PROFILE });
      personal(again, path);
      const someoneElse = await get(path);
      expect(someoneElse.headers.get('cache-control'), path).toMatch(/^public/);
      if (path.startsWith('/fr/events?')) {
        expect(mine.text).toMatch(shapedByProfile);
        expect(someoneElse.text).not.toMatch(shapedByProfile);
      }
    }
  });

  it('a public page kept in memory is not served to a visitor with a profile', async () => {
    const path = '/fr/events?page=1&free=1';
    // Kept once rendered (asked again until so: a change published by another test may drop it a moment).
    await expect.poll(async () => (await get(path)).headers.get('x-hub-cache')).toBe('hit');
    const mine = await get(path, { headers: PROFILE });
    personal(mine, path);
    expect(mine.text).toMatch(shapedByProfile);
  });

  it('any cookie makes a page personal: format settings, and sessions of the accounts to come', async () => {
    for (const cookie of ['hub_formats=sign-first', 'hub_session=someone']) {
      const path = '/fr/events/adapted-sport-day-kouilma';
      await get(path);
      personal(await get(path, { headers: { cookie } }), `${path} with ${cookie}`);
    }
  });

  it('the profile and format pages, previews, accounts and applications are personal for everyone', async () => {
    for (const path of ['/fr/needs', '/ar/formats', '/fr/preview/events/abc?expires=1&signature=x', '/fr/account', '/ar/calls/x/apply']) {
      personal(await get(path), path);
      personal(await get(path), `${path} (again)`);
    }
  });

  it('an answer that sets a cookie is kept by nobody', async () => {
    const res = await get('/fr/formats', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: process.env.HUB_SITE_URL ?? '' },
      body: 'signFirst=on',
    });
    expect(res.headers.get('set-cookie') ?? '').toMatch(/hub_formats/);
    personal(res, 'POST /fr/formats');
  });
});
