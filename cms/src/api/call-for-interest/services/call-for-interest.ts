import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::call-for-interest.call-for-interest');
