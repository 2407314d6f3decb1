import type { PublicApi } from '../../utils/public-routes';

/** An association's partnerships with the commune, shown on its page: never the application behind one. */
const populate = {
  association: { fields: ['slug', 'name'] },
  call: { fields: ['slug', 'reference', 'title'] },
  agreement: { fields: ['url', 'name', 'mime', 'size'] },
};

export default {
  list: {
    populate,
    filters: ['association.slug', 'kind', 'startsOn', 'endsOn'],
    sort: ['startsOn', 'endsOn'],
  },
  detail: { populate },
} satisfies PublicApi;
