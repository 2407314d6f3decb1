import type { Cookies } from '@sveltejs/kit';
import type { Tokens } from '../cms/account';
import { siteEnv } from '../env';
import type { Stored } from './session';

/**
 * Where the session lives: two httpOnly cookies that no script can read, sent to this site only
 * (SameSite=Lax: a link from elsewhere still arrives signed in, a form posted from elsewhere does
 * not carry them), Secure whenever the site is served over https. They last as long as the
 * browser session: on a shared computer (a library, an association's office) closing the browser
 * signs out.
 */
const SESSION = 'hub_session';
const REFRESH = 'hub_refresh';

const options = (url: URL) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: (siteEnv().ORIGIN ?? url.origin).startsWith('https:'),
});

/** The JWT is stored after the instant it expires (in ms) and a dot: the JWT has dots of its own. */
export function readTokens(cookies: Cookies): Stored {
  const session = cookies.get(SESSION) ?? '';
  const dot = session.indexOf('.');
  const expiresAt = Number(session.slice(0, dot));
  return {
    jwt: dot > 0 && Number.isFinite(expiresAt) ? session.slice(dot + 1) : undefined,
    expiresAt: Number.isFinite(expiresAt) && dot > 0 ? expiresAt : undefined,
    refreshToken: cookies.get(REFRESH) || undefined,
  };
}

export function writeTokens(cookies: Cookies, url: URL, tokens: Tokens) {
  cookies.set(SESSION, `${Date.parse(tokens.expiresAt)}.${tokens.jwt}`, options(url));
  cookies.set(REFRESH, tokens.refreshToken, options(url));
}

export function clearTokens(cookies: Cookies, url: URL) {
  cookies.delete(SESSION, options(url));
  cookies.delete(REFRESH, options(url));
}
