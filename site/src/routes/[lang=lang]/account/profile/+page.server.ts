import { redirect } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { getAccount } from '$lib/server/cms/account';
import { forPage } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import { saveProfile } from '$lib/server/forms/profile';
import { asPerson } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
  const account = await asPerson(event, (jwt) => getAccount(jwt, event.fetch));
  const neighbourhoods = await forPage(listNeighbourhoods(event.params.lang as Locale, event.fetch));
  return { profile: account.association, neighbourhoods };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const refused = await saveProfile(event);
    if (refused) return refused;
    redirect(303, `/${event.params.lang}/account?saved=profile`);
  },
} satisfies Actions;
