import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import { NEEDS, type Need } from '$lib/places/needs';

/**
 * The visitor's access needs, kept in one cookie on their device and nowhere else. A person's
 * needs are health data: the site reads them to mark and filter what it renders for this one
 * request, and never stores, logs or forwards them (the CMS is asked the same questions it would
 * be asked with a filter chosen by hand). Pages rendered with them are never cached (hooks.server.ts).
 */
export const NEEDS_COOKIE = 'hub_needs';
const YEAR = 365 * 86400;

/** The cookie's value: needs joined by dots, in the vocabulary's order. Anything else in it is dropped. */
const needsValue = z
  .string()
  .max(400)
  .transform((v) => v.split('.'))
  .transform((parts) => NEEDS.filter((n) => parts.includes(n)));

export function readNeeds(cookies: Pick<Cookies, 'get'>): Need[] {
  const parsed = needsValue.safeParse(cookies.get(NEEDS_COOKIE) ?? '');
  return parsed.success ? parsed.data : [];
}

export function writeNeeds(cookies: Cookies, needs: readonly string[], url: URL): Need[] {
  const kept = NEEDS.filter((n) => needs.includes(n));
  if (kept.length === 0) {
    clearNeeds(cookies);
    return [];
  }
  // httpOnly: no script needs it. Secure on https only: the test stack runs on http://127.0.0.1.
  cookies.set(NEEDS_COOKIE, kept.join('.'), {
    path: '/',
    maxAge: YEAR,
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
  return kept;
}

export function clearNeeds(cookies: Cookies) {
  cookies.delete(NEEDS_COOKIE, { path: '/' });
}

/** Whether a request carries a profile, from its raw Cookie header (for the hook that sets cache headers). */
export const carriesNeeds = (cookieHeader: string | null) =>
  cookieHeader !== null && cookieHeader.split(';').some((c) => c.trim().startsWith(`${NEEDS_COOKIE}=`));
