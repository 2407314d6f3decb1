import type { Core, UID } from '@strapi/strapi';
import { checkPublicQuery, QueryRefused, resolveAllowList, type QueryAllowList, type ResolvedAllowList } from '../utils/public-query';
import { SEARCH_STATE, searchFilter } from '../utils/search-filter';

export interface PublicReadConfig extends QueryAllowList {
  uid: UID.ContentType;
  /** What this route returns with its records: the allow-list, whatever the request asks. */
  populate?: Record<string, unknown>;
  /**
   * The record's own fields this route returns: a list carries what its cards show, not the
   * descriptions of its pages. A caller may ask for fewer (the sitemap asks for slug and date).
   */
  fields?: string[];
  /**
   * When set, `?search=` is folded here, with the rules the stored `searchText` was folded with,
   * and matched against it or, unfolded, against these relation fields (['venue', 'name']).
   */
  search?: { alsoIn: string[][] };
  /** A condition every answer meets, added after the caller's filters are checked (verified associations only). */
  where?: Record<string, unknown>;
}

/**
 * PostgreSQL checks a caller's filter values against the column's type and fails the query (a 500)
 * where SQLite, lenient, just matched nothing: text holding a NUL character (in a search or a text
 * filter), `$contains` on a date or a boolean. SQLSTATE class 22 is "data exception"; 42883 is
 * "no operator for these types". Both come from what the caller sent: a bad request.
 */
const isCallersValueError = (error: any) => /^(22[0-9A-Z]{3}|42883)$/.test(String(error?.code));

/** The fields asked for that the route returns, or all it returns when none was asked. */
function narrowed(asked: unknown, declared: string[]): string[] {
  const list = typeof asked === 'string' ? asked.split(',') : Array.isArray(asked) ? asked : [];
  const kept = list.map((f) => String(f).trim()).filter((f) => declared.includes(f));
  return kept.length ? kept : declared;
}

/**
 * Every public read goes through here. The CMS, not the caller, decides what related data
 * is loaded (no `populate=*`), what may be filtered and sorted on (the route's declared
 * allow-list, so no filter can reach a draft or a private field through a relation), and that
 * only published content is served: Strapi's content API would otherwise honour
 * `?status=draft` for any caller, and it does not carry the status into relation filters.
 */
export default (config: PublicReadConfig, { strapi }: { strapi: Core.Strapi }) => {
  let allow: ResolvedAllowList | undefined;
  return async (ctx: any, next: () => Promise<void>) => {
    allow ??= resolveAllowList(strapi, config.uid, config);
    const query = ctx.query ?? {};
    try {
      checkPublicQuery(query, allow, strapi.getModel(config.uid) as any);
    } catch (e) {
      if (e instanceof QueryRefused) return ctx.badRequest(e.message);
      throw e;
    }
    query.status = 'published';
    if (config.where) query.filters = query.filters ? { $and: [query.filters, config.where] } : config.where;
    if (config.populate) query.populate = config.populate;
    else delete query.populate;
    if (config.fields) query.fields = narrowed(query.fields, config.fields);
    if (config.search && typeof query.search === 'string') {
      ctx.state[SEARCH_STATE] = searchFilter(query.search, config.search.alsoIn);
    }
    delete query.search;
    ctx.query = query;
    try {
      await next();
    } catch (error: any) {
      if (!isCallersValueError(error)) throw error;
      // Logged, so that a query of our own that PostgreSQL refuses does not pass unseen as a 400.
      strapi.log.warn(`Refused a public read (${error.code}): ${String(error.message).split(' - ').pop()}`);
      return ctx.badRequest('A filter value does not fit the field it filters');
    }
  };
};
