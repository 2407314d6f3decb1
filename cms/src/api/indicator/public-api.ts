import type { PublicApi } from '../../utils/public-routes';

const populate = { measurements: true };

export default {
  list: { populate, filters: ['code', 'commitment', 'computedFrom'], sort: ['code', 'commitment'] },
  detail: { populate },
} satisfies PublicApi;
