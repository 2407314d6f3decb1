import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::body-session.body-session', 'body-sessions', api);
