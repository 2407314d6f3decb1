import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteEnv } from '$lib/server/env';
import { revalidate, secretMatches, tagsOfWebhook } from '$lib/server/cms/revalidate';

/**
 * The CMS's webhook: a change was published, unpublished, edited or deleted. Only the CMS knows
 * the secret; without one configured this address does not exist (and the cache lives seconds).
 */
export const POST: RequestHandler = async ({ request }) => {
  const secret = siteEnv().REVALIDATE_SECRET;
  const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
  if (!secret) return json({ error: 'not-found' }, { status: 404, headers });
  if (!secretMatches(request.headers.get('x-revalidate-secret'), secret)) return json({ error: 'forbidden' }, { status: 403, headers });
  const body = await request.json().catch(() => undefined);
  const tags = tagsOfWebhook(body);
  return json({ dropped: revalidate(tags), tags }, { headers });
};
