import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { ApplicationView } from '$lib/calls/view-models';
import type { Locale } from '$lib/i18n';
import { getApplication, myApplicationList } from '../cms/applications';
import { asPerson } from '../session/guard';

type ApplyEvent = Pick<RequestEvent, 'locals' | 'params' | 'url' | 'cookies' | 'fetch'>;

/**
 * The signed-in association's application to the call of the address, found through its own
 * list: the address names the call, never an application, so there is no identifier to guess
 * or to swap for another association's. Null when it has not started one.
 */
export async function currentApplication(event: ApplyEvent): Promise<ApplicationView | null> {
  const { lang, slug } = event.params as { lang: Locale; slug: string };
  return asPerson(event, async (jwt) => {
    const mine = (await myApplicationList(jwt, lang, event.fetch)).find((a) => a.call.slug === slug);
    return mine ? getApplication(jwt, mine.id, lang, event.fetch) : null;
  });
}

export const applyPath = (params: { lang?: string; slug?: string }, step = '') =>
  `/${params.lang}/calls/${params.slug}/apply${step ? `/${step}` : ''}`;

/** For a step's page: the application, which must exist and still be editable, else the task list. */
export async function editableApplication(event: ApplyEvent): Promise<ApplicationView> {
  const application = await currentApplication(event);
  if (!application || !application.editable) redirect(303, applyPath(event.params));
  return application;
}
