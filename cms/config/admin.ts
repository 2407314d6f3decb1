import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Tests and the CI stack run without the admin build; `npm start` and production serve it.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: { secret: requireSecret(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requireSecret(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requireSecret(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requireSecret(env, 'ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false, docLinks: true },
});
