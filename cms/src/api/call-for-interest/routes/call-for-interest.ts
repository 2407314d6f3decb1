import { publicCoreRouter } from '../../../utils/public-routes';
import api from '../public-api';

export default publicCoreRouter('api::call-for-interest.call-for-interest', api);
