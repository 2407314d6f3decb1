import { describe, expect, it } from 'vitest';

/**
 * The production proxy itself: nginx, run by `npm test` with deploy/nginx.conf.template in front
 * of the test stack (HUB_PROXY_URL; skipped without nginx, except on CI, where that fails). It
 * keeps public pages (the allowed case) and never hands a personal page to another visitor: not
 * one rendered for an access-needs profile, in either order, not an account's page, not one that
 * the site marks private. `X-Proxy-Cache` is nginx's own word on each answer (HIT, MISS, BYPASS…).
 */
const PROXY = process.env.HUB_PROXY_URL;
const PROFILE = { cookie: 'hub_needs=step-free' };
const shapedByProfile = /class="fit /;

async function via(path: string, init: RequestInit = {}) {
  const res = await fetch(`${PROXY}${path}`, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, cache: res.headers.get('x-proxy-cache'), text: await res.text() };
}

describe.skipIf(!PROXY)('the caching proxy in front of the site', () => {
  it('keeps a public page and serves it again from its cache', async () => {
    const first = await via('/fr/bodies');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toMatch(/^public/);
    await expect.poll(async () => (await via('/fr/bodies')).cache, { timeout: 10_000 }).toBe('HIT');
  });

  it('never keeps a page rendered for an access-needs profile, nor serves a kept one to a visitor with a profile', async () => {
    // The personal page first: it is not kept, so the next visitor gets a page of their own.
    const profileFirst = '/fr/events?page=1&via=profile-first';
    const mine = await via(profileFirst, { headers: PROFILE });
    expect(mine.text).toMatch(shapedByProfile);
    expect(mine.cache).toBe('BYPASS');
    for (let i = 0; i < 2; i++) {
      const someoneElse = await via(profileFirst);
      expect(someoneElse.cache).not.toBe('BYPASS');
      expect(someoneElse.text).not.toMatch(shapedByProfile);
    }

    // The public page first, kept: the visitor with a profile still gets their own.
    const publicFirst = '/fr/events?page=1&via=public-first';
    await expect.poll(async () => (await via(publicFirst)).cache, { timeout: 10_000 }).toBe('HIT');
    const mineAfter = await via(publicFirst, { headers: PROFILE });
    expect(mineAfter.cache).toBe('BYPASS');
    expect(mineAfter.text).toMatch(shapedByProfile);
    expect(mineAfter.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never keeps the pages the site marks private, even asked without any cookie', async () => {
    for (const path of ['/fr/account/sign-in', '/ar/needs', '/fr/calls/x/apply']) {
      for (let i = 0; i < 3; i++) {
        const res = await via(path);
        expect(res.headers.get('cache-control'), path).toBe('private, no-store');
        expect(res.cache, path).not.toBe('HIT');
      }
    }
  });

  it('never serves a session’s request from its cache, and hides the webhook', async () => {
    await expect.poll(async () => (await via('/fr/calls')).cache, { timeout: 10_000 }).toBe('HIT');
    const signedIn = await via('/fr/calls', { headers: { cookie: 'hub_session=someone' } });
    expect(signedIn.cache).toBe('BYPASS');
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect((await via('/internal/revalidate', { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
