import type { PublicApi } from '../../utils/public-routes';

export default {
  list: { populate: { centroid: true }, filters: ['slug', 'peripheral'], sort: ['name', 'slug'] },
  detail: { populate: { centroid: true } },
} satisfies PublicApi;
