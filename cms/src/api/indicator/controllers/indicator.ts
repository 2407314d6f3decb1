import { factories } from '@strapi/strapi';
import { publicMethods } from '../../../utils/public-controller';
import { computeFigures } from '../figures';

const UID = 'api::indicator.indicator';

export default factories.createCoreController(UID, ({ strapi }) => ({
  ...publicMethods(UID, strapi),

  /** The figures counted from the hub's own data (figures.ts). */
  async figures(ctx: any) {
    ctx.body = { data: await computeFigures(strapi), meta: {} };
  },
}));
