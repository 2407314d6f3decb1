import type { Locale } from '$lib/i18n';
import { REACH_FIELDS, REACH_LISTS, reachForm } from '$lib/forms/application';
import { editableApplication } from '$lib/server/applications/current';
import { saveStep } from '$lib/server/applications/save-step';
import { forPage } from '$lib/server/cms/client';
import { listNeighbourhoods } from '$lib/server/cms/neighbourhoods';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => ({
  application: await editableApplication(event),
  neighbourhoods: await forPage(listNeighbourhoods(event.params.lang as Locale, event.fetch)),
})) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const neighbourhoods = (await forPage(listNeighbourhoods(event.params.lang as Locale, event.fetch))).map((n) => n.slug);
    return saveStep(event, {
      schema: reachForm(neighbourhoods),
      fields: REACH_FIELDS,
      lists: REACH_LISTS,
      changes: (reach) => ({ reach }),
      next: 'accessibility',
    });
  },
} satisfies Actions;
