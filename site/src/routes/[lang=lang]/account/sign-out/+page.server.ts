import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/cms/account';
import { clearTokens } from '$lib/server/session/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, params }) => {
  if (!locals.session) redirect(303, `/${params.lang}/account/sign-in`);
  return {};
}) satisfies PageServerLoad;

export const actions = {
  /**
   * Signs out here even when the CMS cannot be told (it is down, or the session was already
   * revoked): the cookies go, and the CMS's tokens expire on their own.
   */
  default: async ({ locals, cookies, url, params, fetch }) => {
    if (locals.session) await signOut(locals.session.jwt, fetch).catch((e) => console.error(`[cms] sign-out: ${(e as Error).message}`));
    clearTokens(cookies, url);
    redirect(303, `/${params.lang}/account/sign-in?signed-out=1`);
  },
} satisfies Actions;
