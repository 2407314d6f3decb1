import type { Core } from '@strapi/strapi';
import { draftPreviewUrl } from '../src/preview/link';
import { requireSecret } from './secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const siteUrl = env('SITE_URL', 'http://localhost:3000');
  const previewSecret = requireSecret(env, 'PREVIEW_SECRET');
  return {
    // Tests and the CI stack run without the admin build; `npm start` and production serve it.
    serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
    auth: { secret: requireSecret(env, 'ADMIN_JWT_SECRET') },
    apiToken: { salt: requireSecret(env, 'API_TOKEN_SALT') },
    transfer: { token: { salt: requireSecret(env, 'TRANSFER_TOKEN_SALT') } },
    secrets: { encryptionKey: requireSecret(env, 'ENCRYPTION_KEY') },
    flags: { nps: false, promoteEE: false, docLinks: true },
    // "Open preview" in an event's edit view shows the draft on the real site, through a link signed
    // for that document and locale that expires (src/preview/). The admin frames the site, hence the origin.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(siteUrl).origin],
        // The published version is on the public page already; a preview is of the draft, whatever tab is open.
        handler: (uid, { documentId, locale }) => draftPreviewUrl(siteUrl, uid, documentId, locale, previewSecret),
      },
    },
  };
};
