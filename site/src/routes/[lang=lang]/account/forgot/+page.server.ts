import { readForm } from '$lib/forms/form';
import { FORGOT_FIELDS, forgotForm } from '$lib/forms/account';
import { forgot } from '$lib/server/cms/account';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import type { Locale } from '$lib/i18n';
import type { Actions } from './$types';

export const actions = {
  /** The same answer for every valid address: whether it has an account is nobody's business here. */
  default: async ({ request, params, fetch, getClientAddress }) => {
    const read = readForm(forgotForm, await request.formData(), FORGOT_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.reset, getClientAddress(), read.values, 'email');
    if (limited) return limited;
    const answer = await tryCms(() => forgot(read.data.email, params.lang as Locale, fetch), {}, 'email');
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    return { sent: read.data.email };
  },
} satisfies Actions;
