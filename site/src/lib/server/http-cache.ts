import { createHash } from 'node:crypto';
import { isPersonalPath } from './personal';

/**
 * Who may keep an answer, decided in one place (hooks.server.ts) for every answer of the site.
 *
 * - `public`: the same for every visitor. Browsers revalidate every time (max-age=0, cheap with
 *   the ETag's 304); shared caches (the proxy) keep it a few seconds and may serve it a little
 *   longer while they refresh it. Short, because a shared cache cannot hear the CMS's webhook.
 * - `personal`: rendered for one visitor, or setting something on their device. Nobody keeps it.
 *
 * A route is public only if it is listed below: a page added tomorrow (an account page, an
 * application form) is personal until someone decides otherwise.
 */
export const SHARED_MAX_AGE = 10;
export const STALE_WHILE_REVALIDATE = 30;
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
export const PERSONAL_CACHE_CONTROL = 'private, no-store';

/** SvelteKit route ids whose answers are the same for every visitor who sends no cookie. */
export const PUBLIC_ROUTES = new Set([
  '/[lang=lang]',
  '/[lang=lang]/accessibility',
  '/[lang=lang]/associations',
  '/[lang=lang]/associations/[slug=slug]',
  '/[lang=lang]/bodies',
  '/[lang=lang]/bodies/[slug=slug]',
  '/[lang=lang]/bodies/[slug=slug]/sessions.ics',
  '/[lang=lang]/calls',
  '/[lang=lang]/calls/[slug=slug]',
  '/[lang=lang]/events',
  '/[lang=lang]/events/[slug=slug]',
  '/[lang=lang]/events/[slug=slug]/braille.brf',
  '/[lang=lang]/events/[slug=slug]/calendar.ics',
  '/[lang=lang]/events/[slug=slug]/easy-read',
  '/[lang=lang]/events/calendar.ics',
  '/[lang=lang]/events/points.json',
  '/[lang=lang]/heritage',
  '/[lang=lang]/heritage.geojson',
  '/[lang=lang]/heritage.osm.geojson',
  '/[lang=lang]/heritage/[slug=slug]',
  '/[lang=lang]/heritage/points.json',
  '/[lang=lang]/plans/[slug=slug]',
  '/[lang=lang]/plans/[slug=slug]/changes.atom',
  '/[lang=lang]/progress',
  '/[lang=lang]/progress/indicators.csv',
  '/[lang=lang]/progress/indicators.json',
  '/[lang=lang]/screen',
  '/robots.txt',
  '/sitemap.xml',
]);

export type CachePolicy = 'public' | 'personal';

export interface Exchange {
  method: string;
  pathname: string;
  routeId: string | null;
  /** The request's Cookie and Authorization headers. */
  cookie: string | null;
  authorization: string | null;
  status: number;
  /** Whether the answer sets a cookie. */
  setsCookie: boolean;
}

/**
 * Any cookie makes a request personal: the access-needs profile and the format settings change
 * what is rendered, and the session cookies of accounts identify someone. Only a request that
 * carries none, on a route known to be public, answered 200, can be shared.
 */
export function cachePolicy(x: Exchange): CachePolicy {
  if (x.method !== 'GET' && x.method !== 'HEAD') return 'personal';
  if (x.cookie || x.authorization || x.setsCookie) return 'personal';
  if (isPersonalPath(x.pathname)) return 'personal';
  if (!x.routeId || !PUBLIC_ROUTES.has(x.routeId)) return 'personal';
  return x.status === 200 ? 'public' : 'personal';
}

/** A validator of the bytes sent: the same page rendered twice from the same data has the same tag. */
export function etagOf(body: Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether the visitor's copy (If-None-Match) is still the one we would send. */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
