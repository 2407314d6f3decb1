import { redirect } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { getAccount } from '$lib/server/cms/account';
import { forPage } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import { applyPath, editableApplication } from '$lib/server/applications/current';
import { saveProfile } from '$lib/server/forms/profile';
import { asPerson } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

/** About the association: its profile, which every application of the association shares. */
export const load = (async (event) => {
  const application = await editableApplication(event);
  const account = await asPerson(event, (jwt) => getAccount(jwt, event.fetch));
  const neighbourhoods = await forPage(listNeighbourhoods(event.params.lang as Locale, event.fetch));
  return { application, profile: account.association, neighbourhoods };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    await editableApplication(event);
    const refused = await saveProfile(event);
    if (refused) return refused;
    redirect(303, applyPath(event.params, 'proposal'));
  },
} satisfies Actions;
