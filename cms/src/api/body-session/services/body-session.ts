import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::body-session.body-session');
