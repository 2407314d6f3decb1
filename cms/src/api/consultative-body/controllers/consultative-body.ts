import { publicController } from '../../../utils/public-controller';

export default publicController('api::consultative-body.consultative-body');
