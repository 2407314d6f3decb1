import { LRUCache } from 'lru-cache';
import { siteEnv } from '../env';

/**
 * The site's memory of what the CMS answered. Every page view used to wait for the CMS, which is
 * slow at its own lists; a burst of residents opening one shared event would queue behind it.
 *
 * Correctness first:
 * - an entry is tagged with the content types its answer is built from (and, for one record's
 *   page, that record's documentId), and the CMS's webhook (routes/internal/revalidate) drops
 *   exactly the entries a change touches;
 * - an answer fetched while an invalidation happened is returned to its caller but not kept, so a
 *   read that raced a publish cannot put the old version back;
 * - without the webhook's secret the site cannot hear about changes, so entries live a few
 *   seconds and are never served stale (see `lifetimes`).
 * Bounded twice: by number of entries and by their size in bytes of JSON (16 MB of JSON is some
 * 50 MB once parsed, well inside the site's production heap cap of 192 MB with the page cache).
 */

export interface CacheLifetimes {
  /** How long an answer is served without asking the CMS again. */
  freshMs: number;
  /** How much longer it may be served while one request refreshes it in the background, or while the CMS is down. */
  staleMs: number;
}

/**
 * With the webhook, a change reaches the site within a second, so a long life only saves CMS
 * work; the lifetime is a safety net for a webhook lost in transit. Without it, a change must
 * show within seconds by expiry alone.
 */
export function lifetimes(webhookConfigured: boolean): CacheLifetimes {
  return webhookConfigured ? { freshMs: 5 * 60_000, staleMs: 60 * 60_000 } : { freshMs: 5_000, staleMs: 0 };
}

interface Entry {
  value: unknown;
  tags: string[];
  freshUntil: number;
  staleUntil: number;
  size: number;
}

export interface Loaded<T> {
  value: T;
  /** Bytes of the CMS's answer, to bound the cache by size rather than count alone. */
  size: number;
  /** Tags known only once the answer is in, such as the documentId of a record read by slug. */
  tags?: string[];
}

export interface ReadCacheOptions extends CacheLifetimes {
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}

/** Answers are shared by every request that reads them: freezing turns an accidental mutation into an error, not a corrupted page for the next visitor. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function createReadCache({ freshMs, staleMs, maxEntries = 2000, maxBytes = 16 * 1024 * 1024, now = Date.now }: ReadCacheOptions) {
  const store = new LRUCache<string, Entry>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.size) });
  const inflight = new Map<string, Promise<unknown>>();
  // Bumped by every invalidation: a load that started before it must not be stored.
  let generation = 0;

  function load<T>(key: string, tags: string[], read: () => Promise<Loaded<T>>): Promise<T> {
    const pending = inflight.get(key);
    if (pending) return pending as Promise<T>;
    const startedIn = generation;
    const promise = read()
      .then(({ value, size, tags: more = [] }) => {
        deepFreeze(value);
        if (startedIn === generation && freshMs > 0) {
          const t = now();
          store.set(key, { value, tags: [...tags, ...more], freshUntil: t + freshMs, staleUntil: t + freshMs + staleMs, size });
        }
        return value;
      })
      .finally(() => {
        if (inflight.get(key) === promise) inflight.delete(key);
      });
    inflight.set(key, promise);
    return promise;
  }

  return {
    /**
     * The answer for `key`: fresh from memory, or stale from memory while one background read
     * refreshes it, or read now. A failed refresh keeps the stale answer until it expires, so a
     * short CMS outage does not take the site down.
     */
    async read<T>(key: string, tags: string[], read: () => Promise<Loaded<T>>): Promise<T> {
      const hit = store.get(key);
      const t = now();
      if (hit && t < hit.freshUntil) return hit.value as T;
      if (hit && t < hit.staleUntil) {
        load(key, tags, read).catch(() => undefined);
        return hit.value as T;
      }
      if (hit) store.delete(key);
      return load(key, tags, read);
    },

    /** Drops every entry carrying one of `tags`; returns how many. */
    invalidate(tags: string[]): number {
      generation++;
      inflight.clear();
      const wanted = new Set(tags);
      let dropped = 0;
      for (const [key, entry] of store.entries()) {
        if (entry.tags.some((t) => wanted.has(t))) {
          store.delete(key);
          dropped++;
        }
      }
      return dropped;
    },

    clear() {
      generation++;
      inflight.clear();
      store.clear();
    },

    stats() {
      return { entries: store.size, bytes: store.calculatedSize };
    },
  };
}

export type ReadCache = ReturnType<typeof createReadCache>;

let shared: ReadCache | undefined;
// Unit tests of pages and adapters answer differently for the same query; cache.test.ts tests the cache itself.
let enabled = !process.env.VITEST;

/** For tests only. */
export function enableReadCache(on: boolean) {
  enabled = on;
  shared = undefined;
}

/** The site's one cache of CMS answers; its lifetimes depend on whether the CMS can tell it about changes. */
export function readCache(): ReadCache | undefined {
  if (!enabled) return undefined;
  shared ??= createReadCache(lifetimes(Boolean(siteEnv().REVALIDATE_SECRET)));
  return shared;
}
