import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  app: {
    keys: requireSecret(env, 'APP_KEYS').split(','),
  },
  // The mail outbox (src/index.ts) runs every five minutes.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  webhooks: {
    populateRelations: false,
  },
});
