import type { PublicApi } from '../../utils/public-routes';

const populate = { partners: { fields: ['name', 'slug'] } };

export default {
  list: { populate, filters: ['slug', 'partners.slug'], sort: ['name', 'startsOn', 'slug'] },
  detail: { populate },
} satisfies PublicApi;
