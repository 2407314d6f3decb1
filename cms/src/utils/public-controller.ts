import { factories } from '@strapi/strapi';
import type { Core, UID } from '@strapi/strapi';
import { SEARCH_STATE } from './search-filter';

/**
 * Records without their numeric row ids: the gaps between them count the drafts written in
 * between. The public knows records by documentId and slug.
 */
export function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, v]) => [key, withoutRowIds(v)]),
  );
}

/**
 * The public controller of a type: the core one, plus
 * - `find` adds the route's text search after Strapi has validated and sanitised the caller's
 *   query, because it matches the private `searchText` column that callers may not name;
 * - `findBySlug` answers one record by its slug, the identifier in the site's addresses,
 *   through the same `find`, so sanitising, locale and the route's populate allow-list apply
 *   exactly as for lists.
 */
export function publicMethods(uid: UID.ContentType, strapi: Core.Strapi) {
  return {
    async findOne(this: any, ctx: any) {
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const record = await (strapi.service(uid as any) as any).findOne(ctx.params.id, query);
      return this.transformResponse(withoutRowIds(await this.sanitizeOutput(record, ctx)));
    },

    async find(this: any, ctx: any) {
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const search = ctx.state?.[SEARCH_STATE];
      if (search) query.filters = query.filters ? { $and: [query.filters, search] } : search;
      const { results, pagination } = await (strapi.service(uid as any) as any).find(query);
      return this.transformResponse(withoutRowIds(await this.sanitizeOutput(results, ctx)), { pagination });
    },

    async findBySlug(this: any, ctx: any) {
      const slug = String(ctx.params.slug ?? '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 200) {
        return ctx.badRequest('Invalid slug');
      }
      // The route's own condition (public-read's `where`, such as "verified") stays; a caller's
      // filters never reach here, as a detail route declares none.
      const bySlug = { slug: { $eq: slug } };
      const filters = ctx.query?.filters ? { $and: [ctx.query.filters, bySlug] } : bySlug;
      ctx.query = { ...ctx.query, filters, pagination: { page: 1, pageSize: 1 } };
      const result = await this.find(ctx);
      const record = result?.data?.[0];
      if (!record) return ctx.notFound(`No ${uid.split('.').pop()} with this slug`);
      return { data: record, meta: {} };
    },
  };
}

export function publicController(uid: UID.ContentType) {
  return factories.createCoreController(uid, ({ strapi }) => publicMethods(uid, strapi));
}
