import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  i18n: {
    config: { defaultLocale: 'ar' },
  },
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      sizeLimit: 50 * 1024 * 1024,
      security: {
        allowedTypes: ['image/*', 'video/*', 'audio/*', 'application/pdf', 'text/vtt', 'text/plain'],
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
});
