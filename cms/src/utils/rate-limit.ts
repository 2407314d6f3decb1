import { Refusal } from './refusal';

/**
 * How often one key (an e-mail address and an action) may try something: a sliding window counted
 * in this process's memory, bounded in keys. The CMS sees only the site's address, so it limits per
 * account; the site limits per visitor address. Enough to stop guessing a password or flooding an
 * inbox, without bothering an association that mistypes twice.
 */
export function rateLimiter({ max, windowMs, maxKeys = 20_000 }: { max: number; windowMs: number; maxKeys?: number }) {
  const seen = new Map<string, number[]>();
  return {
    /** Counts a try; refuses with `too-many` (429, and when to come back) past the limit. */
    hit(key: string, at = Date.now()) {
      const recent = (seen.get(key) ?? []).filter((t) => at - t < windowMs);
      seen.delete(key);
      if (recent.length >= max) {
        seen.set(key, recent);
        throw new Refusal(429, 'too-many', { retryAfter: Math.max(1, Math.ceil((recent[0] + windowMs - at) / 1000)) });
      }
      recent.push(at);
      seen.set(key, recent);
      while (seen.size > maxKeys) seen.delete(seen.keys().next().value!);
    },
    /** Forgets a key's tries, after a success that proves who is asking (a right password). */
    clear(key: string) {
      seen.delete(key);
    },
  };
}
