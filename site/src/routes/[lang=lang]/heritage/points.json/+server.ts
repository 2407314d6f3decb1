import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { gradeLabel } from '$lib/places/labels';
import { m } from '$lib/paraglide/messages';
import { forEndpoint } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import { readHeritageList } from '$lib/server/lists/heritage';
import type { RequestHandler } from './$types';

/**
 * The map's markers for the same filters (and profile) as the list, so that both say the same.
 * Each marker is named by the point and its grade, in words. Private when a profile shaped it:
 * hooks.server.ts marks it so.
 */
export const GET: RequestHandler = ({ params, url, fetch, cookies }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const [{ items }, neighbourhoods] = await Promise.all([
      readHeritageList(url, locale, cookies, fetch),
      listNeighbourhoods(locale, fetch),
    ]);
    const points = items.map((p) => ({
      slug: p.slug,
      title: m.heritage_marker({ name: p.name, grade: gradeLabel[p.grade ?? 'unknown']() }, { locale }),
      lat: p.point.lat,
      lng: p.point.lng,
    }));
    return json({ points, neighbourhoods }, { headers: { 'cache-control': 'public, max-age=30' } });
  });
