import type { PublicApi } from '../../utils/public-routes';

const populate = {
  point: true,
  neighbourhood: { fields: ['name', 'slug'] },
  accessibility: true,
};

export default {
  list: { populate, filters: ['slug', 'neighbourhood.slug'], sort: ['name', 'slug'] },
  detail: { populate: { ...populate, photos: { fields: ['url', 'alternativeText', 'width', 'height'] } } },
} satisfies PublicApi;
