import { publicController } from '../../../utils/public-controller';

export default publicController('api::plan-action.plan-action');
