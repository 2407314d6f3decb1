import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::consultative-body.consultative-body');
