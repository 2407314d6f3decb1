import { AsyncLocalStorage } from 'node:async_hooks';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { lifetimes } from './cms/cache';
import { siteEnv } from './env';
import { etagOf } from './http-cache';

/**
 * Rendered public pages, kept in memory so that a burst of visitors to one page costs one render.
 * Only answers the hook has judged public (http-cache.ts: no cookie, a public route, 200) are kept,
 * with the tags of every CMS read that went into them, so the CMS's webhook drops a page exactly
 * when its data changes (revalidate.ts). Pages also depend on the clock (what has ended, this
 * week), so they live at most a minute even when nothing changes.
 */

const renderTags = new AsyncLocalStorage<Set<string>>();

/** Called by every CMS read (client.ts): the page being rendered depends on these tags. */
export function noteTags(tags: string[]) {
  const seen = renderTags.getStore();
  if (seen) for (const t of tags) seen.add(t);
}

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
  tags: string[];
  encoded: Partial<Record<Encoding, Promise<Uint8Array>>>;
}

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (b: Uint8Array) => Promise<Uint8Array>> = {
  // Quality 5: most of brotli's gain on HTML at a fraction of the time of its maximum, 11.
  br: (b) =>
    promisify(brotliCompress)(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }),
  gzip: (b) => promisify(gzip)(b, { level: 6 }),
};

/** The body in an encoding, compressed once per cached page rather than once per visitor. */
export function encodedBody(page: Pick<RenderedPage, 'body' | 'encoded'>, encoding: Encoding): Promise<Uint8Array> {
  page.encoded[encoding] ??= compressors[encoding](page.body);
  return page.encoded[encoding]!;
}

interface Entry {
  page: RenderedPage;
  freshUntil: number;
}

const MAX_PAGE_AGE_MS = 60_000;

export function createPageCache({
  freshMs,
  maxEntries = 500,
  maxBytes = 32 * 1024 * 1024,
  now = Date.now,
}: {
  freshMs: number;
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}) {
  const store = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxBytes,
    // The compressed copies are a fraction of the page; counting the page twice covers them.
    sizeCalculation: (e) => Math.max(1, e.page.body.byteLength * 2),
  });
  const inflight = new Map<string, Promise<RenderedPage>>();
  let generation = 0;
  const lifetime = Math.min(freshMs, MAX_PAGE_AGE_MS);

  return {
    get(key: string): RenderedPage | undefined {
      const e = store.get(key);
      if (!e) return undefined;
      if (now() < e.freshUntil) return e.page;
      store.delete(key);
      return undefined;
    },

    /**
     * Renders once for every visitor asking for `key` at the same time (their requests are the
     * same: same address, no cookie), and keeps the page if `render` says it may be kept.
     */
    render(key: string, render: () => Promise<{ page: RenderedPage; keep: boolean }>): Promise<RenderedPage> {
      const pending = inflight.get(key);
      if (pending) return pending;
      const startedIn = generation;
      const promise = render()
        .then(({ page, keep }) => {
          if (keep && startedIn === generation && lifetime > 0) store.set(key, { page, freshUntil: now() + lifetime });
          return page;
        })
        .finally(() => {
          if (inflight.get(key) === promise) inflight.delete(key);
        });
      inflight.set(key, promise);
      return promise;
    },

    drop(tags: string[] | 'all') {
      generation++;
      inflight.clear();
      if (tags === 'all') return store.clear();
      const wanted = new Set(tags);
      for (const [key, e] of store.entries()) if (e.page.tags.some((t) => wanted.has(t))) store.delete(key);
    },

    stats: () => ({ entries: store.size, bytes: store.calculatedSize }),
  };
}

/** Runs a render with its CMS reads' tags collected. */
export async function collectingTags<T>(run: () => Promise<T>): Promise<{ result: T; tags: string[] }> {
  const seen = new Set<string>();
  const result = await renderTags.run(seen, run);
  return { result, tags: [...seen] };
}

/** A rendered answer as bytes, with its ETag, ready to keep and to send again. */
export async function toRenderedPage(response: Response, tags: string[]): Promise<RenderedPage> {
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: [...response.headers], body, etag: etagOf(body), tags, encoded: {} };
}

export type PageCache = ReturnType<typeof createPageCache>;

let shared: PageCache | undefined;

/** The one cache of rendered pages; off in unit tests, which render pages with answers of their own. */
export function pageCache(): PageCache | undefined {
  if (process.env.VITEST) return undefined;
  shared ??= createPageCache({ freshMs: lifetimes(Boolean(siteEnv().REVALIDATE_SECRET)).freshMs });
  return shared;
}

/** The CMS's webhook: drop every page built from what changed. */
export function dropRenderedPages(tags: string[] | 'all') {
  shared?.drop(tags);
}
