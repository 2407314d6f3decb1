import { createHash, timingSafeEqual } from 'node:crypto';
import { readCache } from './cache';
import { tagsOfChange } from './cache-tags';
import { dropRenderedPages } from '../page-cache';

/**
 * The CMS's webhook (cms/src/bootstrap/site-webhook.ts) says what changed; this drops what the
 * change can alter, in the read cache and among the rendered pages.
 */

/** Compares digests, which have the same length whatever was sent, so the time taken says nothing about the secret. */
export function secretMatches(sent: string | null, expected: string | undefined): boolean {
  if (!expected || !sent) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

interface WebhookBody {
  event?: unknown;
  uid?: unknown;
  entry?: { documentId?: unknown } | null;
}

/** The tags a webhook's body drops; anything it cannot read drops everything, never nothing. */
export function tagsOfWebhook(body: unknown): string[] | 'all' {
  const b = (body ?? {}) as WebhookBody;
  const event = typeof b.event === 'string' ? b.event : '';
  if (event.startsWith('media.')) return tagsOfChange('plugin::upload.file');
  if (!event.startsWith('entry.')) return 'all';
  const documentId = typeof b.entry?.documentId === 'string' ? b.entry.documentId : undefined;
  return tagsOfChange(typeof b.uid === 'string' ? b.uid : undefined, documentId);
}

// Strapi sends its webhooks once the change is committed; a change that sets off a second write
// (an event's schedule, its search text) may land a moment later, so the same tags go again.
const AGAIN_AFTER_MS = 2000;

export function revalidate(tags: string[] | 'all'): number {
  const drop = () => {
    const cache = readCache();
    const dropped = tags === 'all' ? (cache?.clear(), -1) : (cache?.invalidate(tags) ?? 0);
    dropRenderedPages(tags);
    return dropped;
  };
  setTimeout(drop, AGAIN_AFTER_MS).unref();
  return drop();
}
