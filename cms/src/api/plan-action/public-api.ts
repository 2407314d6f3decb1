import type { PublicApi } from '../../utils/public-routes';

// The site reads actions through their plan; this route answers the same, published only.
const populate = {
  plan: { fields: ['title', 'slug'] },
  milestones: { fields: ['title', 'dueOn', 'reachedOn', 'weight', 'evidence', 'evidenceUrl'], sort: ['dueOn:asc'] },
};

export default {
  list: { populate, filters: ['slug', 'commitment', 'actionStatus'], sort: ['title', 'slug', 'startsOn'] },
  detail: { populate },
} satisfies PublicApi;
