import { factories } from '@strapi/strapi';
import { publicMethods } from '../../../utils/public-controller';
import { submitComment, SubmitRefused } from '../submit';

const UID = 'api::comment.comment';

export default factories.createCoreController(UID, ({ strapi }) => ({
  ...publicMethods(UID, strapi),

  /**
   * A resident's comment, posted by the site's server (submit.ts). A refusal names its reason and
   * field for the site to word in the resident's language; 429 when the target gets too many.
   */
  async submit(ctx: any) {
    const body = ctx.request.body;
    try {
      const result = await submitComment(strapi, body && typeof body === 'object' && 'data' in body ? body.data : body);
      ctx.status = 202;
      ctx.body = { data: result, meta: {} };
    } catch (e) {
      if (!(e instanceof SubmitRefused)) throw e;
      ctx.status = e.problem === 'too-many' ? 429 : e.problem === 'target-not-found' ? 404 : 400;
      ctx.body = {
        data: null,
        error: { status: ctx.status, name: 'CommentRefused', message: e.problem, details: { field: e.field ?? null } },
      };
    }
  },
}));
