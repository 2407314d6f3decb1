import { publicController } from '../../../utils/public-controller';

export default publicController('api::body-session.body-session');
