import { publicController } from '../../../utils/public-controller';

export default publicController('api::partnership.partnership');
