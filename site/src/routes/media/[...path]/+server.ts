import { error } from '@sveltejs/kit';
import { forEndpoint } from '$lib/server/cms/client';
import { mediaResponse, uploadPath } from '$lib/server/cms/media';
import type { RequestHandler } from './$types';

/** Uploaded files, fetched from the CMS by the site so the browser only ever talks to the site. */
export const GET: RequestHandler = ({ url, request, fetch }) => {
  // url.pathname keeps the visitor's percent-encoding; the route's decoded parameter does not.
  const upload = uploadPath(url.pathname);
  if (!upload) error(404, 'not-found');
  return forEndpoint(() => mediaResponse(upload, request.headers.get('range'), fetch));
};
