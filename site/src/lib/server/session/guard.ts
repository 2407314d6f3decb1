import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n';
import { refresh } from '../cms/account';
import { CmsRefusal } from '../cms/as-user';
import { CmsError, httpAnswerOf } from '../cms/client';
import { clearTokens, readTokens, writeTokens } from './cookies';
import { resolveSession } from './session';

/**
 * The session of the request, refreshed when its JWT is about to expire. Called by the server
 * hook for personal pages, once per request, before any load runs: a page's loads then share one
 * fresh JWT. Durations use the real clock (HUB_CLOCK fixes the calendar, not the JWT's lifetime).
 */
export async function sessionOf({ cookies, url, fetch }: { cookies: Cookies; url: URL; fetch: typeof globalThis.fetch }) {
  const outcome = await resolveSession(readTokens(cookies), Date.now(), (token) => refresh(token, fetch));
  if (outcome.write) writeTokens(cookies, url, outcome.write);
  if (outcome.clear) clearTokens(cookies, url);
  return outcome.session;
}

/** Only a path of this site, in a locale, may be where signing in leads back to. */
export function safeNext(value: string | null, locale: Locale): string {
  if (!value || !/^\/[a-z]{2}(\/[\w\-./?=&%]*)?$/.test(value) || value.includes('//') || value.includes('/..')) return `/${locale}/account`;
  return isLocale(value.slice(1, 3)) ? value : `/${locale}/account`;
}

export const signInPath = (locale: Locale, next: string) => `/${locale}/account/sign-in?next=${encodeURIComponent(next)}`;

type PersonalEvent = Pick<RequestEvent, 'locals' | 'params' | 'url' | 'cookies'>;

const localeOf = (event: PersonalEvent) => (event.params as { lang: Locale }).lang;

/** The JWT of the signed-in person, or off to the sign-in page, which brings them back here. */
export function requireSession(event: PersonalEvent): string {
  if (event.locals.sessionUnavailable) error(503, 'cms');
  const jwt = event.locals.session?.jwt;
  if (!jwt) redirect(303, signInPath(localeOf(event), event.url.pathname));
  return jwt;
}

/**
 * Runs a read of the person's own data for a page. A JWT the CMS no longer accepts (revoked by a
 * password reset elsewhere) signs them out and sends them to sign in; "not yours" and "not found"
 * are the same 404; an unreachable CMS is the usual 503 page.
 */
export async function asPerson<T>(event: PersonalEvent, read: (jwt: string) => Promise<T>): Promise<T> {
  const jwt = requireSession(event);
  try {
    return await read(jwt);
  } catch (e) {
    if (e instanceof CmsRefusal) {
      if (e.status === 401) {
        clearTokens(event.cookies, event.url);
        redirect(303, signInPath(localeOf(event), event.url.pathname));
      }
      error(e.status === 404 ? 404 : 400, e.status === 404 ? 'not-found' : 'bad-request');
    }
    if (e instanceof CmsError) {
      const { status, message } = httpAnswerOf(e);
      error(status, message);
    }
    throw e;
  }
}
