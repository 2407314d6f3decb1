import { redirect } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { getAccount } from '$lib/server/cms/account';
import { startApplication, withdrawApplication } from '$lib/server/cms/applications';
import { getCall } from '$lib/server/cms/calls';
import { forPage } from '$lib/server/cms/client';
import { now } from '$lib/server/clock';
import { applyPath, currentApplication } from '$lib/server/applications/current';
import { refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { asPerson, requireSession } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

/** The task list of the association's application to this call, or the button that starts one. */
export const load = (async (event) => {
  const locale = event.params.lang as Locale;
  const application = await currentApplication(event);
  const [call, account] = await Promise.all([
    forPage(getCall(event.params.slug, locale, event.fetch)),
    asPerson(event, (jwt) => getAccount(jwt, event.fetch)),
  ]);
  return { call, application, verified: account.association.verified, now: now().toISOString() };
}) satisfies PageServerLoad;

export const actions = {
  /** Starts a draft (or finds the one already started: the CMS keeps one per association and call). */
  start: async (event) => {
    const jwt = requireSession(event);
    const answer = await tryCms(() => startApplication(jwt, event.params.slug, event.fetch), {}, 'start');
    if (!answer.ok) return refuse(answer.status, {}, answer.errors);
    redirect(303, applyPath(event.params, 'about'));
  },
  /**
   * Withdraws the application, until a decision: asked to tick a confirmation first, so that a
   * stray tap (or a switch user's scan) never withdraws by accident, with or without JavaScript.
   */
  withdraw: async (event) => {
    const form = await event.request.formData();
    if (form.get('confirm') !== 'yes') return refuse(400, {}, [{ field: 'confirm', key: 'required' }]);
    const application = await currentApplication(event);
    if (!application) redirect(303, applyPath(event.params));
    const answer = await asPerson(event, (jwt) => tryCms(() => withdrawApplication(jwt, application.id, event.fetch), {}, 'confirm'));
    if (!answer.ok) return refuse(answer.status, {}, answer.errors);
    redirect(303, applyPath(event.params));
  },
} satisfies Actions;
