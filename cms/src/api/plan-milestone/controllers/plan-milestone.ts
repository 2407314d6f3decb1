import { publicController } from '../../../utils/public-controller';

export default publicController('api::plan-milestone.plan-milestone');
