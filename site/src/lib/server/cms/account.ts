import type { Account } from '$lib/calls/view-models';
import type { Locale } from '$lib/i18n';
import { cmsCall } from './as-user';
import { accepted, me, tokens } from './call-schemas';

/**
 * An association's account on the CMS (issue 8 contract, `api::account`). Every function returns
 * typed data, or throws a CmsRefusal with the CMS's reason (`credentials`, `token-invalid`, …) or
 * a CmsError. Tokens never leave the site's server: session.ts keeps them in httpOnly cookies.
 */
export type Tokens = { jwt: string; refreshToken: string; expiresAt: string };

const anonymous = { bearer: null, method: 'POST' as const };

export const register = (
  input: { email: string; password: string; locale: Locale; association: { name: string; category: string } },
  fetchFn?: typeof fetch,
) => cmsCall('/account/register', accepted, { ...anonymous, json: input, fetchFn }).then(() => undefined);

export const confirm = (token: string, fetchFn?: typeof fetch) =>
  cmsCall('/account/confirm', accepted, { ...anonymous, json: { token }, fetchFn }).then(() => undefined);

export const resendConfirmation = (email: string, locale: Locale, fetchFn?: typeof fetch) =>
  cmsCall('/account/resend-confirmation', accepted, { ...anonymous, json: { email, locale }, fetchFn }).then(() => undefined);

export const signIn = (email: string, password: string, fetchFn?: typeof fetch): Promise<Tokens> =>
  cmsCall('/account/sign-in', tokens, { ...anonymous, json: { email, password }, fetchFn });

export const refresh = (refreshToken: string, fetchFn?: typeof fetch): Promise<Tokens> =>
  cmsCall('/account/refresh', tokens, { ...anonymous, json: { refreshToken }, fetchFn });

export const signOut = (jwt: string, fetchFn?: typeof fetch) =>
  cmsCall('/account/sign-out', accepted, { method: 'POST', bearer: jwt, fetchFn }).then(() => undefined);

export const forgot = (email: string, locale: Locale, fetchFn?: typeof fetch) =>
  cmsCall('/account/forgot', accepted, { ...anonymous, json: { email, locale }, fetchFn }).then(() => undefined);

export const resetPassword = (token: string, password: string, fetchFn?: typeof fetch) =>
  cmsCall('/account/reset', accepted, { ...anonymous, json: { token, password }, fetchFn }).then(() => undefined);

export const getAccount = (jwt: string, fetchFn?: typeof fetch): Promise<Account> => cmsCall('/account/me', me, { bearer: jwt, fetchFn });

export type ProfileChanges = Partial<{
  name: string;
  category: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
  legalIdentifier: string;
  neighbourhoodsServed: string[];
  locale: Locale;
}>;

export const updateAssociation = (jwt: string, changes: ProfileChanges, fetchFn?: typeof fetch): Promise<Account> =>
  cmsCall('/account/association', me, { method: 'PUT', bearer: jwt, json: changes, fetchFn });
