import { CONTACT_FIELDS, contactForm } from '$lib/forms/application';
import { getAccount } from '$lib/server/cms/account';
import { editableApplication } from '$lib/server/applications/current';
import { saveStep } from '$lib/server/applications/save-step';
import { asPerson } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

/** About the association: its profile as the commune has it, and who to call about this application. */
export const load = (async (event) => {
  const application = await editableApplication(event);
  const account = await asPerson(event, (jwt) => getAccount(jwt, event.fetch));
  return { application, association: account.association };
}) satisfies PageServerLoad;

export const actions = {
  default: (event) =>
    saveStep(event, { schema: contactForm, fields: CONTACT_FIELDS, changes: (proposal) => ({ proposal }), next: 'proposal' }),
} satisfies Actions;
