import { ACCESSIBILITY_FIELDS, ACCESSIBILITY_LISTS, accessibilityForm } from '$lib/forms/application';
import { editableApplication } from '$lib/server/applications/current';
import { saveStep } from '$lib/server/applications/save-step';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => ({ application: await editableApplication(event) })) satisfies PageServerLoad;

export const actions = {
  default: (event) =>
    saveStep(event, {
      schema: accessibilityForm,
      fields: ACCESSIBILITY_FIELDS,
      lists: ACCESSIBILITY_LISTS,
      changes: (accessibility) => ({ accessibility }),
      next: 'documents',
    }),
} satisfies Actions;
