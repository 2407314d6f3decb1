import { factories } from '@strapi/strapi';
import { findBySlug } from '../../../utils/by-slug';

export default factories.createCoreController('api::association.association', () => ({
  findBySlug: findBySlug('api::association.association'),
}));
