import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::heritage-point.heritage-point', 'heritage-points', api);
