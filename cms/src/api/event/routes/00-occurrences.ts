import api from '../public-api';

/**
 * The events list by occurrence (controllers/event.ts). Declared before the core routes, whose
 * `/events/:id` would otherwise take "occurrences" for a document id. The same checks as the list
 * (`global::public-read`: declared filters and sorts only, published content, fixed populate),
 * plus the route's window parameters.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/events/occurrences',
      handler: 'api::event.event.occurrences',
      config: {
        middlewares: [
          {
            name: 'global::public-read',
            config: { uid: 'api::event.event', ...api.list, params: ['from', 'to', 'group'], search: api.search },
          },
        ],
      },
    },
  ],
};
