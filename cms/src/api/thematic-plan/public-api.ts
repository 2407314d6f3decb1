import type { PublicApi } from '../../utils/public-routes';

/**
 * What progress needs (see site/src/lib/plans/progress.ts): each action's status and weight, and
 * its milestones' weights and dates. Actions and milestones have drafts; the forced `published`
 * status of the public read serves only their published versions.
 */
const milestones = { fields: ['title', 'dueOn', 'reachedOn', 'weight', 'evidence', 'evidenceUrl'], sort: ['dueOn:asc'] };
const body = { fields: ['name', 'slug', 'theme'] };

export default {
  list: {
    populate: {
      body,
      actions: {
        fields: ['title', 'slug', 'actionStatus', 'weight', 'commitment'],
        populate: { milestones: { fields: ['weight', 'reachedOn'] } },
      },
    },
    filters: ['slug', 'body.slug', 'planStatus'],
    sort: ['title', 'slug', 'updatedAt', 'startsOn'],
  },
  detail: {
    populate: {
      body,
      document: true,
      history: true,
      // Partnerships (issue of calls and applications) will be populated here beside events.
      actions: {
        sort: ['startsOn:asc', 'title:asc'],
        populate: { milestones, events: { fields: ['title', 'slug', 'startsAt'] } },
      },
      indicators: { populate: { measurements: true }, sort: ['code:asc'] },
    },
  },
} satisfies PublicApi;
