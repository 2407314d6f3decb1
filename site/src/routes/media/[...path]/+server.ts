import { error } from '@sveltejs/kit';
import { forEndpoint } from '$lib/server/cms/client';
import { mediaResponse, uploadPath } from '$lib/server/cms/media';
import type { RequestHandler } from './$types';

/** Uploaded files, fetched from the CMS by the site so the browser only ever talks to the site. */
function serve(method: 'GET' | 'HEAD'): RequestHandler {
  return ({ url, request, fetch }) => {
    // url.pathname keeps the visitor's percent-encoding; the route's decoded parameter does not.
    const upload = uploadPath(url.pathname);
    if (!upload) error(404, 'not-found');
    return forEndpoint(() => mediaResponse(upload, { method, range: request.headers.get('range') }, fetch));
  };
}

export const GET = serve('GET');
// Without its own HEAD, SvelteKit answers HEAD with GET and reads the whole file to throw it away.
export const HEAD = serve('HEAD');
