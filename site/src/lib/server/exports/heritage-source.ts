import { LOCALES } from '$lib/i18n';
import { allHeritagePoints } from '../cms/heritage';
import type { ByLocale } from './heritage-geojson';

/** Every heritage point in every locale it is published in, for the exports' localized names and descriptions. */
export async function heritageInEveryLocale(fetchFn?: typeof fetch): Promise<ByLocale[]> {
  const byLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, points: await allHeritagePoints(locale, fetchFn) })));
  const bySlug = new Map<string, ByLocale>();
  for (const { locale, points } of byLocale) {
    for (const p of points) bySlug.set(p.slug, { ...bySlug.get(p.slug), [locale]: p });
  }
  return [...bySlug.values()];
}
