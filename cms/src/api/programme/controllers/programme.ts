import { factories } from '@strapi/strapi';
import { findBySlug } from '../../../utils/by-slug';

export default factories.createCoreController('api::programme.programme', () => ({
  findBySlug: findBySlug('api::programme.programme'),
}));
