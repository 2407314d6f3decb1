import api from '../public-api';

/**
 * The map's markers (controllers/event.ts `points`): every event the list's filters, search and
 * window select, in one compact answer. Declared before the core routes, whose `/events/:id` would
 * otherwise take "points" for a document id. The same checks as the list.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/events/points',
      handler: 'api::event.event.points',
      config: {
        middlewares: [
          {
            name: 'global::public-read',
            config: { uid: 'api::event.event', ...api.list, params: ['from', 'to'], search: api.search },
          },
        ],
      },
    },
  ],
};
