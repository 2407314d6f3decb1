import { confirm } from '$lib/server/cms/account';
import { refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import type { Actions, PageServerLoad } from './$types';

/**
 * The link of the confirmation e-mail opens this page, which confirms with a button rather than
 * on opening: mail filters that follow links would otherwise confirm addresses for their owners.
 */
export const load = (({ url }) => ({ token: (url.searchParams.get('token') ?? '').slice(0, 500) })) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, fetch }) => {
    const token = String((await request.formData()).get('token') ?? '').trim();
    if (!token || token.length > 500) return refuse(400, {}, [{ field: 'submit', key: 'token-invalid' }]);
    const answer = await tryCms(() => confirm(token, fetch), {}, 'submit');
    if (!answer.ok) return refuse(answer.status, {}, answer.errors);
    return { confirmed: true };
  },
} satisfies Actions;
