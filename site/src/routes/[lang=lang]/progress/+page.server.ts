import type { Locale } from '$lib/i18n';
import { forPage } from '$lib/server/cms/client';
import { progressData } from '$lib/server/progress';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => ({
  progress: await forPage(progressData(params.lang as Locale, fetch)),
})) satisfies PageServerLoad;
