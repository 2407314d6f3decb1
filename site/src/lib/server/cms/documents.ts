import { LOCALES, type Locale } from '$lib/i18n';
import { allPages, cmsGet } from './client';
import { listOf, slugOnly } from './schemas';

/** The public collections whose records have a page of their own at /{lang}/{collection}/{slug}. */
export type Collection = 'events' | 'associations' | 'bodies' | 'plans' | 'heritage' | 'calls';

/** Where the CMS serves each collection, when its name there differs from the site's address. */
const CMS_PATH: Record<Collection, string> = {
  events: '/events',
  associations: '/associations',
  bodies: '/consultative-bodies',
  plans: '/thematic-plans',
  heritage: '/heritage-points',
  calls: '/calls',
};

/** A stable order to page through; calls cannot be sorted by slug (cms/src/api/call-for-interest/public-api.ts). */
const ORDER: Partial<Record<Collection, string>> = { calls: 'deadline:asc' };

/** Slugs of every record published in a locale, for the sitemap. */
export function allSlugs(collection: Collection, locale: Locale, fetchFn?: typeof fetch): Promise<{ slug: string; updatedAt?: string }[]> {
  return allPages(async (page) => {
    const res = await cmsGet(
      CMS_PATH[collection],
      { locale, fields: ['slug', 'updatedAt'], sort: ORDER[collection] ?? 'slug:asc', pagination: { page, pageSize: 100 } },
      listOf(slugOnly),
      fetchFn,
    );
    return { items: res.data, pageCount: res.meta.pagination.pageCount };
  }, 10_000);
}

/**
 * The locales a record is published in: a page links to its other-language versions only where
 * they exist (an event may be published in French only).
 */
export async function localesOf(collection: Collection, slug: string, fetchFn?: typeof fetch): Promise<Locale[]> {
  const found = await Promise.all(
    LOCALES.map(async (locale) => {
      const res = await cmsGet(
        CMS_PATH[collection],
        { locale, fields: ['slug', 'updatedAt'], filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } },
        listOf(slugOnly),
        fetchFn,
      );
      return res.data.length > 0 ? locale : undefined;
    }),
  );
  return found.filter((l): l is Locale => l !== undefined);
}
