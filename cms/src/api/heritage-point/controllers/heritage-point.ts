import { publicController } from '../../../utils/public-controller';

export default publicController('api::heritage-point.heritage-point');
