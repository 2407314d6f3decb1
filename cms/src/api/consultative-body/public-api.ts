import type { PublicApi } from '../../utils/public-routes';

// Plans have drafts: populated here, the public read's forced `published` status keeps drafts out.
const plans = { fields: ['title', 'slug', 'version', 'planStatus', 'startsOn', 'endsOn'], sort: ['title:asc'] };

export default {
  list: { populate: { plans }, filters: ['slug', 'theme'], sort: ['name', 'slug', 'theme'] },
  detail: {
    populate: {
      members: true,
      plans,
      sessions: { fields: ['title', 'slug', 'startsAt', 'capacityBuilding'], sort: ['startsAt:desc'] },
    },
  },
} satisfies PublicApi;
