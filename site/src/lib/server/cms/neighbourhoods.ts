import type { Locale } from '$lib/i18n';
import type { NeighbourhoodOption } from '$lib/view-models';
import { cmsGet } from './client';
import { listOf, neighbourhood } from './schemas';

const TTL_MS = 60_000;
const cache = new Map<Locale, { at: number; value: NeighbourhoodOption[] }>();

/**
 * The commune's neighbourhoods, peripheral ones first. They change a few times a year, so a
 * minute of cache spares the CMS one request on every events page.
 */
export async function listNeighbourhoods(locale: Locale, fetchFn?: typeof fetch): Promise<NeighbourhoodOption[]> {
  const hit = cache.get(locale);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const res = await cmsGet('/neighbourhoods', { locale, sort: 'name:asc', pagination: { pageSize: 100 } }, listOf(neighbourhood), fetchFn);
  const value = res.data
    .map((n) => ({ slug: n.slug, name: n.name, peripheral: n.peripheral, centroid: n.centroid }))
    .sort((a, b) => Number(b.peripheral) - Number(a.peripheral) || a.name.localeCompare(b.name, locale));
  cache.set(locale, { at: Date.now(), value });
  return value;
}
