import type { UID } from '@strapi/strapi';

/**
 * A controller action that answers one record by its slug, the identifier in the site's
 * addresses. It reuses the core `find` so that sanitising, locale and the route's populate
 * allow-list apply exactly as for lists.
 */
export function findBySlug(uid: UID.ContentType) {
  return async function (this: any, ctx: any) {
    const slug = String(ctx.params.slug ?? '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 200) {
      return ctx.badRequest('Invalid slug');
    }
    ctx.query = { ...ctx.query, filters: { slug: { $eq: slug } }, pagination: { page: 1, pageSize: 1 } };
    const result = await this.find(ctx);
    const record = result?.data?.[0];
    if (!record) return ctx.notFound(`No ${uid.split('.').pop()} with this slug`);
    return { data: record, meta: {} };
  };
}
