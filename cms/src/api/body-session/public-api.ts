import type { PublicApi } from '../../utils/public-routes';

const populate = { body: { fields: ['name', 'slug'] }, minutesDocument: true };

export default {
  list: { populate, filters: ['slug', 'body.slug', 'startsAt', 'capacityBuilding'], sort: ['startsAt', 'slug'] },
  detail: { populate },
} satisfies PublicApi;
