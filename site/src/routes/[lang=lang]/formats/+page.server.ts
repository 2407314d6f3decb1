import { redirect } from '@sveltejs/kit';
import { returnPath, writeFormats } from '$lib/server/formats';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({ saved: url.searchParams.get('saved') === '1' })) satisfies PageServerLoad;

/** Saves the preference and goes back to the page the visitor came from (a form POST: no JavaScript needed). */
export const actions = {
  default: async ({ request, cookies, url, params }) => {
    const form = await request.formData();
    writeFormats(cookies, { signFirst: form.get('signFirst') === 'on' }, url);
    const back = returnPath(form.get('return'), params.lang);
    redirect(303, back === `/${params.lang}/formats` ? `${back}?saved=1` : back);
  },
} satisfies Actions;
