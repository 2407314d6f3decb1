/**
 * An association's own applications (owned.ts, drafts.ts, attachments.ts, submit.ts): granted to
 * the authenticated role only (bootstrap/permissions.ts), each also checking that the session
 * behind the token is open. There are no core routes: nobody lists, counts or reads applications
 * by the content API's generic routes.
 */
const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler: `api::application.application.${handler}`,
  config: { policies: ['global::active-session'] },
});

export default {
  routes: [
    route('GET', '/applications/mine', 'mine'),
    route('POST', '/applications/start', 'start'),
    route('GET', '/applications/:documentId', 'read'),
    route('PUT', '/applications/:documentId', 'save'),
    route('POST', '/applications/:documentId/attachments', 'attach'),
    route('GET', '/applications/:documentId/attachments/:attachment', 'download'),
    route('DELETE', '/applications/:documentId/attachments/:attachment', 'detach'),
    route('POST', '/applications/:documentId/submit', 'submit'),
    route('POST', '/applications/:documentId/withdraw', 'withdraw'),
  ],
};
