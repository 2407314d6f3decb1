import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::plan-milestone.plan-milestone');
