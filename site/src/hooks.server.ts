import type { Handle, HandleServerError } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { DEFAULT_LOCALE, dirOf, isLocale, type Locale } from '$lib/i18n';
import { CmsError, httpAnswerOf } from '$lib/server/cms/client';
import { siteEnv } from '$lib/server/env';
import { carriesNeeds } from '$lib/server/needs';
import { collectingTags, pageCache, toRenderedPage, type RenderedPage } from '$lib/server/page-cache';
import { isPersonalPath } from '$lib/server/personal';
import { policyOf, send } from '$lib/server/respond';
import { sessionOf } from '$lib/server/session/guard';

const localeOfPath = (pathname: string): Locale | undefined => {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
};

const html = (locale: Locale) => ({
  transformPageChunk: ({ html }: { html: string }) => html.replace('%lang%', locale).replace('%dir%', dirOf(locale)),
});

const secure = (response: Response) => {
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('permissions-policy', 'geolocation=(), camera=(), microphone=()');
  return response;
};

/**
 * Previews of drafts (valid, expired or forged alike) are never stored by a browser or a proxy,
 * nor indexed: set here rather than in the page so that its 404 answers carry them too. The admin
 * panel (ADMIN_ORIGIN) may show them in its preview frame; no other page may be framed at all.
 */
const PREVIEW_PATH = /^\/[^/]+\/preview(\/|$)/;
const privately = (pathname: string, response: Response) => {
  if (isPersonalPath(pathname)) {
    response.headers.set('cache-control', 'private, no-store');
    response.headers.set('x-robots-tag', 'noindex');
    return response;
  }
  if (!PREVIEW_PATH.test(pathname)) return response;
  response.headers.set('cache-control', 'no-store');
  response.headers.set('x-robots-tag', 'noindex');
  const admin = siteEnv().ADMIN_ORIGIN;
  const csp = response.headers.get('content-security-policy');
  if (admin && csp) {
    response.headers.set('content-security-policy', csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${new URL(admin).origin}`));
  }
  return response;
};

/**
 * Pages may be rendered for the visitor's access needs (a cookie): every localized answer varies
 * on the cookie, and one rendered while a profile is present is never stored by any cache, shared
 * or private, so nobody else is ever served it and it does not linger on the device.
 */
const personal = (request: Request, response: Response) => {
  response.headers.append('vary', 'Cookie');
  if (carriesNeeds(request.headers.get('cookie'))) response.headers.set('cache-control', 'private, no-store');
  return response;
};

/**
 * The signed-in person, on personal pages only (public pages stay the same for everyone, so that
 * they can be cached): their session is read, refreshed if its JWT is about to expire, once, before
 * any load of the page runs.
 */
async function withSession(event: Parameters<Handle>[0]['event']) {
  event.locals.session = null;
  if (!isPersonalPath(event.url.pathname)) return;
  try {
    event.locals.session = await sessionOf(event);
  } catch (e) {
    if (!(e instanceof CmsError)) throw e;
    console.error(`[cms] ${e.message}`);
    event.locals.sessionUnavailable = true;
  }
}

/** Renders an answer with the site's headers, before any decision about caching it. */
const render: Handle = async ({ event, resolve }) => {
  await withSession(event);
  const locale = localeOfPath(event.url.pathname);
  if (!locale) return secure(await resolve(event, html(DEFAULT_LOCALE)));
  // Paraglide keeps the request's locale for the messages; SvelteKit's [lang] route does the routing,
  // so the original request is resolved, not Paraglide's de-localized copy.
  return paraglideMiddleware(event.request, async () => {
    const response = await resolve(event, html(locale));
    response.headers.set('content-language', locale);
    return secure(personal(event.request, privately(event.url.pathname, response)));
  });
};

// Uploads stream with byte ranges and set their own caching (lib/server/cms/media.ts); an
// association's own documents stream from the CMS's private storage, marked private, no-store.
const STREAMED = new Set(['/media/[...path]', '/[lang=lang]/calls/[slug=slug]/apply/documents/[attachment]']);

/**
 * Every answer then goes through one decision (lib/server/http-cache.ts): public answers are
 * rendered once for everyone asking at the same time, kept briefly (lib/server/page-cache.ts),
 * sent with an ETag and compressed; anything personal is rendered for its visitor alone and kept
 * by nobody.
 */
export const handle: Handle = async (input) => {
  const { event } = input;
  if (STREAMED.has(event.route.id ?? '')) return render(input);
  const request = {
    method: event.request.method,
    pathname: event.url.pathname,
    routeId: event.route.id,
    cookie: event.request.headers.get('cookie'),
    authorization: event.request.headers.get('authorization'),
  };
  // What may be shared is known before rendering, except the answer's own status and cookies.
  const shareable = policyOf(request, { status: 200, headers: [] }) === 'public' && request.method === 'GET';
  const pages = shareable ? pageCache() : undefined;
  let page: RenderedPage;
  let hit = false;
  if (pages) {
    // The request's own address: SvelteKit shows a page's data request (…/__data.json) to hooks under the page's URL.
    const asked = new URL(event.request.url);
    const key = asked.pathname + asked.search;
    const kept = pages.get(key);
    hit = kept !== undefined;
    page =
      kept ??
      (await pages.render(key, async () => {
        const { result, tags } = await collectingTags(async () => render(input));
        const rendered = await toRenderedPage(result, tags);
        return { page: rendered, keep: policyOf(request, rendered) === 'public' };
      }));
  } else {
    page = await toRenderedPage(await render(input), []);
  }
  const response = await send(event.request, page, policyOf(request, page));
  // For operators and the invalidation test: whether this answer came from the rendered pages in memory.
  if (pages) response.headers.set('x-hub-cache', hit ? 'hit' : 'miss');
  return response;
};

/** Nothing unexpected reaches a visitor as a stack trace: they get a status and a localized page. */
export const handleError: HandleServerError = ({ error, status, message }) => {
  if (error instanceof CmsError) {
    // Reads should go through forPage/forEndpoint; this catches one that did not.
    console.error(`[cms] ${error.message}`);
    return httpAnswerOf(error);
  }
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'not-found' : message };
};
