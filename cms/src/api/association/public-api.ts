import type { PublicApi } from '../../utils/public-routes';

const populate = {
  neighbourhoodsServed: { fields: ['name', 'slug'] },
  logo: { fields: ['url', 'alternativeText', 'width', 'height'] },
};

export default {
  list: {
    populate,
    filters: ['slug', 'category', 'verified', 'neighbourhoodsServed.slug'],
    sort: ['name', 'slug', 'updatedAt'],
  },
  detail: { populate },
  search: { alsoIn: [] },
} satisfies PublicApi;
