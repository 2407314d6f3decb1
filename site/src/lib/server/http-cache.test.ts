import { describe, expect, it } from 'vitest';
import { cachePolicy, notModified, PUBLIC_ROUTES, type Exchange } from './http-cache';

const visit = (x: Partial<Exchange>): Exchange => ({
  method: 'GET',
  pathname: '/fr/events',
  routeId: '/[lang=lang]/events',
  cookie: null,
  authorization: null,
  status: 200,
  setsCookie: false,
  ...x,
});

describe('who may keep an answer', () => {
  it('shares a public page asked without cookie and answered 200 (the allowed case)', () => {
    expect(cachePolicy(visit({}))).toBe('public');
    expect(cachePolicy(visit({ method: 'HEAD' }))).toBe('public');
    expect(cachePolicy(visit({ pathname: '/sitemap.xml', routeId: '/sitemap.xml' }))).toBe('public');
  });

  it('never shares a page rendered for an access-needs profile, format settings or any other cookie', () => {
    expect(cachePolicy(visit({ cookie: 'hub_needs=step-free' }))).toBe('personal');
    expect(cachePolicy(visit({ cookie: 'hub_formats=sign-first' }))).toBe('personal');
    expect(cachePolicy(visit({ cookie: 'hub_session=abc' }))).toBe('personal');
  });

  it('never shares an answer that sets a cookie, a request with credentials, or a write', () => {
    expect(cachePolicy(visit({ setsCookie: true }))).toBe('personal');
    expect(cachePolicy(visit({ authorization: 'Bearer x' }))).toBe('personal');
    expect(cachePolicy(visit({ method: 'POST' }))).toBe('personal');
  });

  it('never shares previews, the profile and format pages, accounts and applications', () => {
    for (const [pathname, routeId] of [
      ['/fr/preview/events/abc', '/[lang=lang]/preview/events/[documentId]'],
      ['/fr/needs', '/[lang=lang]/needs'],
      ['/fr/formats', '/[lang=lang]/formats'],
      ['/fr/account', '/[lang=lang]/account'],
      ['/fr/account/applications/12', '/[lang=lang]/account/applications/[id]'],
      ['/ar/calls/appel-2026/apply', '/[lang=lang]/calls/[slug=slug]/apply'],
      // Even if someone listed it as public by mistake, the path rule wins.
      ['/ar/calls/appel-2026/apply/documents', '/[lang=lang]/events'],
    ] as const) {
      expect(cachePolicy(visit({ pathname, routeId })), pathname).toBe('personal');
    }
  });

  it('treats a route nobody declared public as personal: new pages are safe by default', () => {
    expect(cachePolicy(visit({ pathname: '/fr/something-new', routeId: '/[lang=lang]/something-new' }))).toBe('personal');
    expect(cachePolicy(visit({ pathname: '/nowhere', routeId: null }))).toBe('personal');
    expect(cachePolicy(visit({ pathname: '/internal/revalidate', routeId: '/internal/revalidate' }))).toBe('personal');
    expect(cachePolicy(visit({ pathname: '/healthz', routeId: '/healthz' }))).toBe('personal');
  });

  it('does not share errors and redirects: a 404 may become a page in a second, a 503 is a passing outage', () => {
    for (const status of [301, 302, 400, 404, 500, 503]) expect(cachePolicy(visit({ status })), String(status)).toBe('personal');
  });

  it('lists no personal route as public', () => {
    for (const id of PUBLIC_ROUTES) expect(id).not.toMatch(/needs|formats|preview|account|apply|internal|healthz/);
  });
});

describe('revalidation', () => {
  it('answers 304 when the visitor holds the current version, weak or strong, in a list or as *', () => {
    expect(notModified('W/"abc"', 'W/"abc"')).toBe(true);
    expect(notModified('"abc"', 'W/"abc"')).toBe(true);
    expect(notModified('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(notModified('*', 'W/"abc"')).toBe(true);
    expect(notModified('W/"old"', 'W/"abc"')).toBe(false);
    expect(notModified(null, 'W/"abc"')).toBe(false);
  });
});
