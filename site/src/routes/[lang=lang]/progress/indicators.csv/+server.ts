import type { Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { indicatorsCsv, progressData } from '$lib/server/progress';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, fetch }) =>
  forEndpoint(async () => {
    const data = await progressData(params.lang as Locale, fetch);
    return new Response(indicatorsCsv(data), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="indicators-${params.lang}.csv"`,
        'cache-control': 'public, max-age=60',
      },
    });
  });
