import type { RequestEvent } from '@sveltejs/kit';
import { PROFILE_FIELDS, PROFILE_LISTS, profileForm } from '$lib/forms/account';
import { readForm } from '$lib/forms/form';
import type { Locale } from '$lib/i18n';
import { updateAssociation } from '../cms/account';
import { listNeighbourhoods } from '../cms/neighbourhoods';
import { requireSession } from '../session/guard';
import { refuse } from './answer';
import { tryCms } from './refusals';

/**
 * Saves the association's profile, from the account's profile page and from the first step of
 * an application ("about the association"): one action, two pages. Returns the refusal to
 * return from the action, or undefined once saved.
 */
export async function saveProfile(event: Pick<RequestEvent, 'request' | 'params' | 'fetch' | 'locals' | 'url' | 'cookies'>) {
  const jwt = requireSession(event);
  const locale = (event.params as { lang: Locale }).lang;
  const neighbourhoods = (await listNeighbourhoods(locale, event.fetch)).map((n) => n.slug);
  const read = readForm(profileForm(neighbourhoods), await event.request.formData(), PROFILE_FIELDS, PROFILE_LISTS);
  if (!read.ok) return refuse(400, read.values, read.errors);
  const answer = await tryCms(() => updateAssociation(jwt, read.data, event.fetch), { 'name-missing': 'name' }, 'name');
  if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
  return undefined;
}
