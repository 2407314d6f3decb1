import { publicController } from '../../../utils/public-controller';

export default publicController('api::thematic-plan.thematic-plan');
