import type { Core } from '@strapi/strapi';

/**
 * Strapi's request logger writes a line for every request: under a burst that is a write per
 * request for a log nobody reads. In production it is off unless LOG_REQUESTS=true; errors are
 * still logged by `strapi::errors` and the CMS's own code.
 */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  ...(env('NODE_ENV') === 'production' && !env.bool('LOG_REQUESTS', false) ? [] : ['strapi::logger']),
  'strapi::errors',
  'strapi::security',
  // Only the site's server calls the CMS; browsers never do, so no cross-origin access.
  { name: 'strapi::cors', config: { origin: [] } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
