import type { RequestEvent } from '@sveltejs/kit';
import { readForm } from '$lib/forms/form';
import { FORGOT_FIELDS, forgotForm } from '$lib/forms/account';
import type { Locale } from '$lib/i18n';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';

/**
 * The form action of the pages that send a link by e-mail to an address (a new password, a new
 * confirmation): the same answer for every valid address, since whether it has an account is
 * nobody's business here, and limited per visitor address like a password reset.
 */
export const linkRequest =
  (send: (email: string, locale: Locale, fetchFn: typeof fetch) => Promise<void>) =>
  async ({ request, params, fetch, getClientAddress }: Pick<RequestEvent, 'request' | 'params' | 'fetch' | 'getClientAddress'>) => {
    const read = readForm(forgotForm, await request.formData(), FORGOT_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.reset, getClientAddress(), read.values, 'email');
    if (limited) return limited;
    const answer = await tryCms(() => send(read.data.email, params.lang as Locale, fetch), {}, 'email');
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    return { sent: read.data.email };
  };
