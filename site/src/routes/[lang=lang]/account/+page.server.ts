import type { Locale } from '$lib/i18n';
import { getAccount } from '$lib/server/cms/account';
import { myApplicationList } from '$lib/server/cms/applications';
import { asPerson } from '$lib/server/session/guard';
import type { PageServerLoad } from './$types';

/** The signed-in association: its profile, whether the commune has verified it, its applications. */
export const load = (async (event) => {
  const locale = event.params.lang as Locale;
  const [account, applications] = await asPerson(event, (jwt) =>
    Promise.all([getAccount(jwt, event.fetch), myApplicationList(jwt, locale, event.fetch)]),
  );
  return { account, applications, saved: event.url.searchParams.get('saved') === 'profile' };
}) satisfies PageServerLoad;
