import type { Core } from '@strapi/strapi';
import { foldForSearch } from '../utils/search-text';

interface PublicReadConfig {
  /** What this route returns with its records: the allow-list, whatever the request asks. */
  populate?: Record<string, unknown>;
  /**
   * When set, `?search=` is folded here, with the rules the stored `searchText` was folded with,
   * and matched against it or, unfolded, against these relation fields (['venue', 'name']).
   */
  search?: { alsoIn: string[][] };
}

const SEARCH_MAX = 200;

function searchFilter(raw: string, alsoIn: string[][]) {
  const folded = foldForSearch(raw.slice(0, SEARCH_MAX));
  if (!folded) return undefined;
  const nested = (path: string[], leaf: unknown): Record<string, unknown> =>
    path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;
  return { $or: [{ searchText: { $contains: folded } }, ...alsoIn.map((path) => nested(path, { $containsi: raw.trim() }))] };
}

/**
 * Every public read goes through here. The CMS, not the caller, decides what related data
 * is loaded (no `populate=*`, no reaching into relations the page does not show), and only
 * published content is ever served: Strapi's content API would otherwise honour
 * `?status=draft` for any caller.
 */
export default (config: PublicReadConfig, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const query = ctx.query ?? {};
    query.status = 'published';
    delete query.hasPublishedVersion;
    if (config.populate) {
      query.populate = config.populate;
    } else {
      delete query.populate;
    }
    if (config.search && typeof query.search === 'string') {
      const filter = searchFilter(query.search, config.search.alsoIn);
      if (filter) query.filters = query.filters ? { $and: [query.filters, filter] } : filter;
    }
    delete query.search;
    ctx.query = query;
    await next();
  };
};
