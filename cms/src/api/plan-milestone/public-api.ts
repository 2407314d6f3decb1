import type { PublicApi } from '../../utils/public-routes';

export default {
  list: { sort: ['dueOn', 'reachedOn'] },
  detail: {},
} satisfies PublicApi;
