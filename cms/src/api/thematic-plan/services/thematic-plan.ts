import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::thematic-plan.thematic-plan');
