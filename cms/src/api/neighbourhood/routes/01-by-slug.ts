import { bySlugRoute } from '../../../utils/public-routes';
import * as populate from '../populate';

export default bySlugRoute('api::neighbourhood.neighbourhood', 'neighbourhoods', populate);
