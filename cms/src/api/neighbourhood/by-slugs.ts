import type { Core } from '@strapi/strapi';

export const MAX_NEIGHBOURHOODS = 30;

/**
 * Neighbourhoods named by their slugs in a request, checked before any query (a list of strings, at
 * most 30, each a slug), as the rows of one language version: a neighbourhood has a row per
 * language, and a relation links rows. Undefined when the list is not acceptable.
 */
export async function neighbourhoodIds(strapi: Core.Strapi, value: unknown, locale: string): Promise<number[] | undefined> {
  if (!Array.isArray(value) || value.length > MAX_NEIGHBOURHOODS) return undefined;
  if (value.some((s) => typeof s !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || s.length > 100)) return undefined;
  const slugs = [...new Set(value as string[])];
  if (!slugs.length) return [];
  const rows: { id: number; slug: string }[] = await strapi.db
    .query('api::neighbourhood.neighbourhood')
    .findMany({ where: { slug: { $in: slugs }, locale }, select: ['id', 'slug'] });
  return rows.length === slugs.length ? rows.map((r) => r.id) : undefined;
}
