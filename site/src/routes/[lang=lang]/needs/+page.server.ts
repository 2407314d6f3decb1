import { redirect } from '@sveltejs/kit';
import { clearNeeds, readNeeds, writeNeeds } from '$lib/server/needs';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ cookies, url }) => ({
  needs: readNeeds(cookies),
  done:
    url.searchParams.get('done') === 'saved'
      ? ('saved' as const)
      : url.searchParams.get('done') === 'cleared'
        ? ('cleared' as const)
        : null,
})) satisfies PageServerLoad;

/**
 * Saving and clearing post to the site itself (the form works without JavaScript) and answer with
 * a redirect, so that reloading does not post again. The needs go into the cookie and nowhere else:
 * not into the address, not into a log.
 */
export const actions = {
  save: async ({ request, cookies, params, url }) => {
    const form = await request.formData();
    const saved = writeNeeds(
      cookies,
      form.getAll('need').map((v) => String(v)),
      url,
    );
    redirect(303, `/${params.lang}/needs?done=${saved.length ? 'saved' : 'cleared'}`);
  },
  clear: async ({ cookies, params }) => {
    clearNeeds(cookies);
    redirect(303, `/${params.lang}/needs?done=cleared`);
  },
} satisfies Actions;
