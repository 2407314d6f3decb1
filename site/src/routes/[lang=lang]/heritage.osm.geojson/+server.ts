import { forEndpoint } from '$lib/server/cms/client';
import { heritageOsm } from '$lib/server/exports/heritage-geojson';
import { heritageInEveryLocale } from '$lib/server/exports/heritage-source';
import type { RequestHandler } from './$types';

/** The heritage points as GeoJSON whose properties are OpenStreetMap tags (wheelchair, toilets:wheelchair, …). */
export const GET: RequestHandler = ({ fetch }) =>
  forEndpoint(async () => {
    const body = heritageOsm(await heritageInEveryLocale(fetch));
    return new Response(JSON.stringify(body, null, 1), {
      headers: {
        'content-type': 'application/geo+json; charset=utf-8',
        'content-disposition': 'inline; filename="tetouan-heritage-osm.geojson"',
        'cache-control': 'public, max-age=300',
        'access-control-allow-origin': '*',
      },
    });
  });
