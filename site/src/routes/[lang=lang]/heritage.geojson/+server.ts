import { forEndpoint } from '$lib/server/cms/client';
import { heritageA11yJson } from '$lib/server/exports/heritage-geojson';
import { heritageInEveryLocale } from '$lib/server/exports/heritage-source';
import type { RequestHandler } from './$types';

/** The heritage points as GeoJSON with A11yJSON properties, in every language they are published in. */
export const GET: RequestHandler = ({ url, fetch }) =>
  forEndpoint(async () => {
    const body = heritageA11yJson(await heritageInEveryLocale(fetch), url.origin);
    return new Response(JSON.stringify(body, null, 1), {
      headers: {
        'content-type': 'application/geo+json; charset=utf-8',
        'content-disposition': 'inline; filename="tetouan-heritage-a11yjson.geojson"',
        'cache-control': 'public, max-age=300',
        'access-control-allow-origin': '*',
      },
    });
  });
