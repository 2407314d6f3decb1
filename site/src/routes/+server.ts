import { redirect } from '@sveltejs/kit';
import { preferredLocale } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, setHeaders }) => {
  setHeaders({ vary: 'Accept-Language' });
  redirect(303, `/${preferredLocale(request.headers.get('accept-language'))}`);
};
