import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../src/locales';
import { mailSettings } from './mail';
import { requireSecret } from './secrets';

// On a new database Strapi's i18n plugin creates one locale from this variable, English when unset,
// before the bootstrap adds ours. The plugin reads it when it loads, after the configuration: set here,
// it need not be repeated in every environment (Dockerfile, start script, test harness).
process.env.STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE ??= DEFAULT_LOCALE;

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      register: { allowedFields: [] },
    },
  },
  // Account confirmations, receipts and decisions (src/mail/). SMTP settings: config/mail.ts.
  email: { config: mailSettings(env) },
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
