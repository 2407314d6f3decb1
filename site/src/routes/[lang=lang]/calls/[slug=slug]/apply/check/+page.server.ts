import { redirect } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { applyPath, editableApplication } from '$lib/server/applications/current';
import { getAccount } from '$lib/server/cms/account';
import { submitApplication } from '$lib/server/cms/applications';
import { forPage } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import { asPerson, requireSession } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
  const application = await editableApplication(event);
  const [account, neighbourhoods] = await Promise.all([
    asPerson(event, (jwt) => getAccount(jwt, event.fetch)),
    forPage(listNeighbourhoods(event.params.lang as Locale, event.fetch)),
  ]);
  return { application, association: account.association, neighbourhoods };
}) satisfies PageServerLoad;

export const actions = {
  /**
   * Submits, once: the CMS checks the deadline, that nothing required is missing and that the
   * association is verified, stamps a receipt reference and e-mails it. A second submission (a
   * double click, a retry after a lost connection) is refused there and leads to the receipt.
   */
  default: async (event) => {
    const jwt = requireSession(event);
    const application = await editableApplication(event);
    const limited = overLimit(limits.submit, event.getClientAddress(), {}, 'submit');
    if (limited) return limited;
    const answer = await tryCms(() => submitApplication(jwt, application.id, event.fetch), {}, 'submit');
    if (!answer.ok) {
      if (answer.errors.some((e) => e.key === 'already-submitted')) redirect(303, applyPath(event.params, 'receipt'));
      // The CMS names each missing field (details.fields); the page lists the steps still to finish.
      const incomplete = answer.errors.some((e) => e.field && e.field !== 'submit');
      return refuse(answer.status, {}, incomplete ? [{ field: 'submit', key: 'incomplete' }] : answer.errors);
    }
    redirect(303, applyPath(event.params, 'receipt'));
  },
} satisfies Actions;
