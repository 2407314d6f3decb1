import { LRUCache } from 'lru-cache';
import { CmsRefusal } from '../cms/as-user';
import type { Tokens } from '../cms/account';

/**
 * A signed-in person's session: the CMS's short-lived JWT (with when it expires) and the refresh
 * token that gets a new one. This module decides what to do with what the cookies hold; the
 * cookies themselves are cookies.ts's, and the call to the CMS is passed in, so the rules can be
 * tested without either.
 */
export interface Stored {
  jwt?: string;
  expiresAt?: number;
  refreshToken?: string;
}

export type Outcome =
  | { session: { jwt: string } | null; write?: undefined; clear?: undefined }
  | { session: { jwt: string }; write: Tokens; clear?: undefined }
  | { session: null; clear: true; write?: undefined };

/** Refreshed this long before the JWT expires, so that a page's several calls never meet its end. */
export const REFRESH_MARGIN_MS = 2 * 60_000;

/**
 * The refresh token rotates: two requests of one visitor refreshing at once (a page and its
 * prefetch) would each present the same token, and the second would be refused and sign the
 * person out. So each token is refreshed once per process, and the outcome is shared for a
 * little while with whoever presents that token again.
 */
const inFlight = new Map<string, Promise<Tokens>>();
const recent = new LRUCache<string, Tokens>({ max: 5000, ttl: 60_000 });

export function refreshOnce(refreshToken: string, refresh: (token: string) => Promise<Tokens>): Promise<Tokens> {
  const done = recent.get(refreshToken);
  if (done) return Promise.resolve(done);
  let pending = inFlight.get(refreshToken);
  if (!pending) {
    pending = refresh(refreshToken)
      .then((tokens) => {
        recent.set(refreshToken, tokens);
        return tokens;
      })
      .finally(() => inFlight.delete(refreshToken));
    inFlight.set(refreshToken, pending);
  }
  return pending;
}

/**
 * What the cookies' tokens are worth now: a session as it is, a session with new tokens to
 * write, or nothing (and cookies to clear when the CMS refused the refresh: the person is signed
 * out cleanly and asked to sign in again). When the CMS cannot be reached, a JWT that has not
 * expired yet is still used; an expired one leaves the error to the page (a 503, not a sign-out).
 */
export async function resolveSession(stored: Stored, now: number, refresh: (token: string) => Promise<Tokens>): Promise<Outcome> {
  const { jwt, expiresAt, refreshToken } = stored;
  const alive = Boolean(jwt && expiresAt && expiresAt > now);
  if (alive && expiresAt! - now > REFRESH_MARGIN_MS) return { session: { jwt: jwt! } };
  if (!refreshToken) return alive ? { session: { jwt: jwt! } } : jwt ? { session: null, clear: true } : { session: null };
  try {
    const tokens = await refreshOnce(refreshToken, refresh);
    return { session: { jwt: tokens.jwt }, write: tokens };
  } catch (e) {
    if (e instanceof CmsRefusal) return { session: null, clear: true };
    if (alive) return { session: { jwt: jwt! } };
    throw e;
  }
}
