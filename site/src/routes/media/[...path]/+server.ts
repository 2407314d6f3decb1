import { error } from '@sveltejs/kit';
import { siteEnv } from '$lib/server/env';
import type { RequestHandler } from './$types';

/** Uploaded files, fetched from the CMS by the site so the browser only ever talks to the site. */
export const GET: RequestHandler = async ({ params, fetch }) => {
  if (!/^uploads\/[A-Za-z0-9._-]+$/.test(params.path)) error(404, 'not-found');
  const upstream = await fetch(`${siteEnv().CMS_URL.replace(/\/$/, '')}/${params.path}`).catch(() => undefined);
  if (!upstream?.ok || !upstream.body) error(upstream?.status === 404 ? 404 : 503, upstream?.status === 404 ? 'not-found' : 'cms');
  const headers = new Headers({ 'cache-control': 'public, max-age=86400' });
  for (const h of ['content-type', 'content-length', 'last-modified', 'etag']) {
    const v = upstream.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(upstream.body, { headers });
};
