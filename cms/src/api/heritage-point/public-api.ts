import type { PublicApi } from '../../utils/public-routes';

/**
 * The heritage pages read every point at once (a few dozen in the Medina) and filter by grade and
 * feature on the site, where the grade is derived from the facts; the CMS filters only what the
 * site asks of it: a slug, a kind, a works status.
 */
const populate = {
  point: true,
  accessibility: true,
};

export default {
  list: { populate, filters: ['slug', 'kind', 'worksStatus'], sort: ['name', 'slug'] },
  detail: {
    populate: { ...populate, photos: { populate: { image: { fields: ['url', 'alternativeText', 'width', 'height'] } } } },
  },
} satisfies PublicApi;
