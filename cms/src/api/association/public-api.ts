import type { PublicApi } from '../../utils/public-routes';

const populate = {
  neighbourhoodsServed: { fields: ['name', 'slug'] },
  logo: { fields: ['url', 'alternativeText', 'width', 'height'] },
};

/**
 * An association appears once the commune has verified it: an account registering on the hub
 * creates one unverified, and it must not show in the directory, nor its page, until then.
 */
const where = { verified: { $eq: true } };

export default {
  list: {
    where,
    // A directory card: no description (its page shows it) nor search text.
    fields: [
      'name',
      'slug',
      'category',
      'contactEmail',
      'contactPhone',
      'website',
      'foundedYear',
      'verified',
      'logoAlt',
      'locale',
      'publishedAt',
      'updatedAt',
    ],
    populate,
    filters: ['slug', 'category', 'verified', 'neighbourhoodsServed.slug'],
    sort: ['name', 'slug', 'updatedAt'],
  },
  detail: {
    where,
    populate: {
      ...populate,
      partnerships: { fields: ['title', 'kind', 'startsOn', 'endsOn'], populate: { call: { fields: ['slug', 'reference', 'title'] } } },
    },
  },
  search: { alsoIn: [] },
} satisfies PublicApi;
