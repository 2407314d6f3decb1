import { publicCoreRouter } from '../../../utils/public-routes';
import api from '../public-api';

export default publicCoreRouter('api::partnership.partnership', api);
