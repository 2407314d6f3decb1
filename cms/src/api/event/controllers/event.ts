import { factories } from '@strapi/strapi';
import { findBySlug } from '../../../utils/by-slug';

export default factories.createCoreController('api::event.event', () => ({
  findBySlug: findBySlug('api::event.event'),
}));
