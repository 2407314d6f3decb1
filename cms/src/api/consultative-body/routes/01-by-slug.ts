import { bySlugRoute } from '../../../utils/public-routes';
import api from '../public-api';

export default bySlugRoute('api::consultative-body.consultative-body', 'consultative-bodies', api);
