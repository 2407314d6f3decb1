import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { readForm } from '$lib/forms/form';
import { saveApplication, type ApplicationChanges } from '../cms/applications';
import { refuse } from '../forms/answer';
import { tryCms } from '../forms/refusals';
import { requireSession } from '../session/guard';
import { applyPath, editableApplication } from './current';

type StepEvent = Pick<RequestEvent, 'request' | 'locals' | 'params' | 'url' | 'cookies' | 'fetch'>;

/**
 * "Save and continue" of a step of the application: the step's form checked whole, then saved
 * on the CMS as part of the draft at once (so a connection lost at the next step loses nothing
 * of this one), then on to `next`. A refusal comes back beside the fields, with what was typed.
 */
export async function saveStep<S extends z.ZodType>(
  event: StepEvent,
  step: {
    schema: S;
    fields: readonly string[];
    lists?: readonly string[];
    changes: (data: z.infer<S>) => ApplicationChanges;
    next: string;
  },
) {
  const jwt = requireSession(event);
  const application = await editableApplication(event);
  const read = readForm(step.schema, await event.request.formData(), step.fields, step.lists);
  if (!read.ok) return refuse(400, read.values, read.errors);
  const answer = await tryCms(() => saveApplication(jwt, application.id, step.changes(read.data), event.fetch), {}, step.fields[0]);
  if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
  redirect(303, applyPath(event.params, step.next));
}
