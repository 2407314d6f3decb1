import { factories } from '@strapi/strapi';
import { findBySlug } from '../../../utils/by-slug';

export default factories.createCoreController('api::neighbourhood.neighbourhood', () => ({
  findBySlug: findBySlug('api::neighbourhood.neighbourhood'),
}));
