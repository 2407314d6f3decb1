import type { Locale } from '$lib/i18n';
import { planFeed } from '$lib/server/atom';
import { forEndpoint } from '$lib/server/cms/client';
import { getPlan } from '$lib/server/cms/plans';
import type { RequestHandler } from './$types';

/** What changed in a plan, to follow in a feed reader. */
export const GET: RequestHandler = ({ params, url, fetch }) =>
  forEndpoint(async () => {
    const locale = params.lang as Locale;
    const plan = await getPlan(params.slug, locale, fetch);
    return new Response(planFeed(plan, url.origin, locale), {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
    });
  });
