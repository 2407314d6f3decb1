import { redirect } from '@sveltejs/kit';
import { applyPath, currentApplication } from '$lib/server/applications/current';
import type { PageServerLoad } from './$types';

/** The receipt of a submitted application; before submission, the task list. */
export const load = (async (event) => {
  const application = await currentApplication(event);
  if (!application?.receipt || !application.submittedAt) redirect(303, applyPath(event.params));
  return { application };
}) satisfies PageServerLoad;
