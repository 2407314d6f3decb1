import { PROPOSAL_FIELDS, proposalForm } from '$lib/forms/application';
import { editableApplication } from '$lib/server/applications/current';
import { saveStep } from '$lib/server/applications/save-step';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => ({ application: await editableApplication(event) })) satisfies PageServerLoad;

export const actions = {
  default: (event) =>
    saveStep(event, { schema: proposalForm, fields: PROPOSAL_FIELDS, changes: (proposal) => ({ proposal }), next: 'reach' }),
} satisfies Actions;
