import type { Core } from '@strapi/strapi';

interface PublicReadConfig {
  /** What this route returns with its records: the allow-list, whatever the request asks. */
  populate?: Record<string, unknown>;
}

/**
 * Every public read goes through here. The CMS, not the caller, decides what related data
 * is loaded (no `populate=*`, no reaching into relations the page does not show), and only
 * published content is ever served: Strapi's content API would otherwise honour
 * `?status=draft` for any caller.
 */
export default (config: PublicReadConfig, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const query = ctx.query ?? {};
    query.status = 'published';
    delete query.hasPublishedVersion;
    if (config.populate) {
      query.populate = config.populate;
    } else {
      delete query.populate;
    }
    ctx.query = query;
    await next();
  };
};
