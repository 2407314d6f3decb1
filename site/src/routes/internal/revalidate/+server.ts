import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteEnv } from '$lib/server/env';
import { revalidate, secretMatches, tagsOfWebhook } from '$lib/server/cms/revalidate';
import { RELAYED_HEADER, relayToPeers } from '$lib/server/cms/peers';

/**
 * The CMS's webhook: a change was published, unpublished, edited or deleted. Only the CMS knows
 * the secret; without one configured this address does not exist (and the cache lives seconds).
 */
export const POST: RequestHandler = async ({ request }) => {
  const { REVALIDATE_SECRET: secret, REVALIDATE_PEERS: peers } = siteEnv();
  const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
  if (!secret) return json({ error: 'not-found' }, { status: 404, headers });
  if (!secretMatches(request.headers.get('x-revalidate-secret'), secret)) return json({ error: 'forbidden' }, { status: 403, headers });
  const body = await request.json().catch(() => undefined);
  const tags = tagsOfWebhook(body);
  const dropped = revalidate(tags);
  // With several replicas, the CMS reached one of them: it tells the others (never a relayed call again).
  const relayed = peers && request.headers.get(RELAYED_HEADER) !== '1' ? await relayToPeers(peers, body, secret) : undefined;
  return json({ dropped, tags, ...(relayed ? { relayed } : {}) }, { headers });
};
