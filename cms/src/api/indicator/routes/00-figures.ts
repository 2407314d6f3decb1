/**
 * The figures the hub counts from its own data (figures.ts), one answer for every page that shows
 * them. Declared before the core routes, whose `/indicators/:id` would take "figures" for an id.
 * No query parameter at all is accepted.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/indicators/figures',
      handler: 'api::indicator.indicator.figures',
      config: { middlewares: [{ name: 'global::public-read', config: { uid: 'api::indicator.indicator' } }] },
    },
  ],
};
