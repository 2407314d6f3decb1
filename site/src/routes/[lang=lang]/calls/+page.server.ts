import type { Locale } from '$lib/i18n';
import type { CallPhase } from '$lib/calls/view-models';
import { now } from '$lib/server/clock';
import { forPage } from '$lib/server/cms/client';
import { listCalls } from '$lib/server/cms/calls';
import type { PageServerLoad } from './$types';

/** Open calls first (soonest deadline first), then the coming ones, then the closed ones, latest first. */
export const load = (async ({ params, fetch }) => {
  const calls = await forPage(listCalls(params.lang as Locale, fetch));
  const of = (phase: CallPhase) => calls.filter((c) => c.phase === phase);
  return {
    open: of('open'),
    upcoming: of('upcoming').sort((a, b) => a.opensAt.localeCompare(b.opensAt)),
    closed: of('closed').reverse(),
    now: now().toISOString(),
  };
}) satisfies PageServerLoad;
