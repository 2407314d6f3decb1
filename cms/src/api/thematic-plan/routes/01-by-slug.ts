import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::thematic-plan.thematic-plan', 'thematic-plans', api);
