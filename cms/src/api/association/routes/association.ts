import { publicCoreRouter } from '../../../utils/public-routes';
import * as populate from '../populate';

export default publicCoreRouter('api::association.association', populate);
