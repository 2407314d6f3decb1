import type { Cookies } from '@sveltejs/kit';

/**
 * How the visitor wants content presented, kept in one cookie on their device: for now, whether a
 * signed video comes first, before the written text, on every page that has one. Set by a plain
 * form (routes/[lang]/formats), so it works without JavaScript; read by the [lang] layout.
 */
export const FORMATS_COOKIE = 'hub_formats';
const YEAR = 365 * 86400;

export interface FormatPreferences {
  signFirst: boolean;
}

/** The cookie's value: preference words joined by dots; anything else in it is ignored. */
export function readFormats(cookies: Pick<Cookies, 'get'>): FormatPreferences {
  const words = (cookies.get(FORMATS_COOKIE) ?? '').slice(0, 100).split('.');
  return { signFirst: words.includes('sign-first') };
}

export function writeFormats(cookies: Cookies, prefs: FormatPreferences, url: URL) {
  if (!prefs.signFirst) {
    cookies.delete(FORMATS_COOKIE, { path: '/' });
    return;
  }
  // httpOnly: no script reads it. Secure on https only: the test stack runs on http://127.0.0.1.
  cookies.set(FORMATS_COOKIE, 'sign-first', {
    path: '/',
    maxAge: YEAR,
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
}

/**
 * Where to go back after saving: a page of this site in this locale, given as a path, else the
 * settings page. Never another origin (`//host`, `/\host`) or a scheme.
 */
export function returnPath(value: unknown, locale: string): string {
  const fallback = `/${locale}/formats`;
  if (typeof value !== 'string' || value.length > 300) return fallback;
  return /^\/(ar|fr)(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[^#\s\\]*)?$/.test(value) && !value.startsWith('//') && !value.includes('\\')
    ? value
    : fallback;
}
