import { publicController } from '../../../utils/public-controller';

export default publicController('api::neighbourhood.neighbourhood');
