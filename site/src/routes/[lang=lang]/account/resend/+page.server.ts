import { readForm } from '$lib/forms/form';
import { FORGOT_FIELDS, forgotForm } from '$lib/forms/account';
import { resendConfirmation } from '$lib/server/cms/account';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import type { Locale } from '$lib/i18n';
import type { Actions } from './$types';

export const actions = {
  /** A new confirmation link; the same answer for every valid address, as registering gives. */
  default: async ({ request, params, fetch, getClientAddress }) => {
    const read = readForm(forgotForm, await request.formData(), FORGOT_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.reset, getClientAddress(), read.values, 'email');
    if (limited) return limited;
    const answer = await tryCms(() => resendConfirmation(read.data.email, params.lang as Locale, fetch), {}, 'email');
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    return { sent: read.data.email };
  },
} satisfies Actions;
