import { factories } from '@strapi/strapi';
import { findBySlug } from '../../../utils/by-slug';

export default factories.createCoreController('api::venue.venue', () => ({
  findBySlug: findBySlug('api::venue.venue'),
}));
