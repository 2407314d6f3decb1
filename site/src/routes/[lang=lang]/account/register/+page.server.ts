import { readForm } from '$lib/forms/form';
import { REGISTER_FIELDS, registerForm } from '$lib/forms/account';
import { register } from '$lib/server/cms/account';
import { overLimit, refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { limits } from '$lib/server/rate-limit';
import type { Locale } from '$lib/i18n';
import type { Actions } from './$types';

export const actions = {
  /**
   * Creates an unconfirmed account and its unverified association (the CMS does both in one
   * transaction). The answer is the same whether or not the address was known: the CMS writes to
   * it either way, so the form cannot be used to find out who has an account.
   */
  default: async ({ request, params, fetch, getClientAddress }) => {
    const read = readForm(registerForm, await request.formData(), REGISTER_FIELDS);
    if (!read.ok) return refuse(400, read.values, read.errors);
    const limited = overLimit(limits.register, getClientAddress(), read.values, 'email');
    if (limited) return limited;
    const { email, password, name, category } = read.data;
    const answer = await tryCms(
      () => register({ email, password, locale: params.lang as Locale, association: { name, category } }, fetch),
      { 'password-weak': 'password' },
      'email',
    );
    if (!answer.ok) return refuse(answer.status, read.values, answer.errors);
    return { sent: email };
  },
} satisfies Actions;
