/**
 * The draft of an event behind a signed, expiring link (controllers/preview.ts). `auth: false`
 * because the signature is the credential: no role, public or otherwise, is granted this route,
 * and the public role's read permissions (bootstrap/permissions.ts) stay exactly as they are.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/events/preview/:documentId',
      handler: 'api::event.preview.draft',
      config: { auth: false },
    },
  ],
};
