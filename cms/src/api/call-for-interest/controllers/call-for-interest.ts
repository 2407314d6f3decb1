import { factories } from '@strapi/strapi';
import { now } from '../../../clock';
import { publicMethods } from '../../../utils/public-controller';
import { phaseOf } from '../phase';

const UID = 'api::call-for-interest.call-for-interest';

const withPhase = (call: any, at: Date) => (call && typeof call === 'object' ? { ...call, phase: phaseOf(call, at) } : call);

/** The public reads of calls, each answer with its phase (phase.ts) as of the CMS's clock. */
export default factories.createCoreController(UID, ({ strapi }) => {
  const base = publicMethods(UID, strapi);
  return {
    ...base,
    async find(this: any, ctx: any) {
      const answer = await base.find.call(this, ctx);
      const at = now();
      return { ...answer, data: (answer?.data ?? []).map((c: any) => withPhase(c, at)) };
    },
    async findOne(this: any, ctx: any) {
      const answer = await base.findOne.call(this, ctx);
      return answer?.data ? { ...answer, data: withPhase(answer.data, now()) } : answer;
    },
  };
});
