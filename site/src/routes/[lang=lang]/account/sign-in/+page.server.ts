import { redirect } from '@sveltejs/kit';
import { readForm } from '$lib/forms/form';
import { SIGN_IN_FIELDS, signInForm } from '$lib/forms/account';
import { signIn } from '$lib/server/cms/account';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import { writeTokens } from '$lib/server/session/cookies';
import { safeNext } from '$lib/server/session/guard';
import type { Locale } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, params, url }) => {
  const next = safeNext(url.searchParams.get('next'), params.lang as Locale);
  if (locals.session) redirect(303, next);
  return { next, signedOut: url.searchParams.has('signed-out') };
}) satisfies PageServerLoad;

export const actions = {
  /** Signs in and goes back where the person was heading; a refusal says why beside the field. */
  default: async ({ request, params, url, cookies, fetch, getClientAddress }) => {
    const form = await request.formData();
    const read = readForm(signInForm, form, SIGN_IN_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.signIn, getClientAddress(), read.values, 'email');
    if (limited) return limited;
    const answer = await tryCms(
      () => signIn(read.data.email, read.data.password, fetch),
      { credentials: 'email', 'not-confirmed': 'email', blocked: 'email' },
      'email',
    );
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    writeTokens(cookies, url, answer.value);
    redirect(303, safeNext(String(form.get('next') ?? ''), params.lang as Locale));
  },
} satisfies Actions;
