/**
 * The account routes of associations (accounts.ts, profile.ts). The anonymous ones are granted to
 * the public role, the others to the authenticated role (bootstrap/permissions.ts), and those also
 * need the session behind their token to be open (policies/active-session.ts).
 */
const open = (method: string, path: string, handler: string) => ({ method, path, handler: `api::account.account.${handler}`, config: {} });
const signedIn = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler: `api::account.account.${handler}`,
  config: { policies: ['global::active-session'] },
});

export default {
  routes: [
    open('POST', '/account/register', 'register'),
    open('POST', '/account/confirm', 'confirm'),
    open('POST', '/account/resend-confirmation', 'resendConfirmation'),
    open('POST', '/account/sign-in', 'signIn'),
    open('POST', '/account/refresh', 'refresh'),
    open('POST', '/account/forgot', 'forgot'),
    open('POST', '/account/reset', 'reset'),
    signedIn('POST', '/account/sign-out', 'signOut'),
    signedIn('GET', '/account/me', 'me'),
    signedIn('PUT', '/account/association', 'updateAssociation'),
  ],
};
