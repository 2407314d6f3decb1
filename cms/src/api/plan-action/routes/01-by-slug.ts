import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::plan-action.plan-action', 'plan-actions', api);
