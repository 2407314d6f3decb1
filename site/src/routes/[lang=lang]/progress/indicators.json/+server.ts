import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { forEndpoint } from '$lib/server/cms/client';
import { progressData, progressJson } from '$lib/server/progress';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, fetch }) =>
  forEndpoint(async () =>
    json(progressJson(await progressData(params.lang as Locale, fetch)), { headers: { 'cache-control': 'public, max-age=60' } }),
  );
