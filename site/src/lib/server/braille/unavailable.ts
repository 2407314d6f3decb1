import { m } from '$lib/paraglide/messages';
import { BrailleUnavailable } from './louis';

/**
 * Without liblouis there is no braille file at all, rather than a broken one: a 503 that says
 * why in the visitor's language, and tells the operator (once a request) what to install.
 */
export function brailleUnavailableResponse(e: unknown): Response {
  if (!(e instanceof BrailleUnavailable)) throw e;
  console.error(`[braille] ${e.message}`);
  return new Response(`${m.braille_unavailable()}\n`, {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '3600', 'cache-control': 'no-store' },
  });
}
