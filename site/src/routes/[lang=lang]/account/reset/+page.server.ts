import { readForm } from '$lib/forms/form';
import { RESET_FIELDS, resetForm } from '$lib/forms/account';
import { resetPassword } from '$lib/server/cms/account';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import { clearTokens } from '$lib/server/session/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({ token: (url.searchParams.get('token') ?? '').slice(0, 500) })) satisfies PageServerLoad;

export const actions = {
  /** A new password ends every session of the account (the CMS revokes them): this browser's too. */
  default: async ({ request, fetch, cookies, url, getClientAddress }) => {
    const read = readForm(resetForm, await request.formData(), RESET_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.reset, getClientAddress(), read.values, 'password');
    if (limited) return limited;
    const answer = await tryCms(
      () => resetPassword(read.data.token, read.data.password, fetch),
      { 'token-invalid': 'password' },
      'password',
    );
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    clearTokens(cookies, url);
    return { changed: true };
  },
} satisfies Actions;
