import { publicCoreRouter } from '../../../utils/public-routes';
import api from '../public-api';

export default publicCoreRouter('api::heritage-point.heritage-point', api);
