import type { Core } from '@strapi/strapi';

// Lists are capped so that no request can ask the database for everything at once.
const config: Core.Config.Api = {
  rest: {
    defaultLimit: 20,
    maxLimit: 100,
    withCount: true,
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
