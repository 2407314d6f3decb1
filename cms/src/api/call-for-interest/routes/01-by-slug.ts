import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::call-for-interest.call-for-interest', 'calls', api);
