import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import type { PublicReadConfig } from '../middlewares/public-read';

type RouteShape = Omit<PublicReadConfig, 'uid' | 'search'>;

/**
 * What a type's public routes answer and accept, declared in its `api/<name>/public-api.ts`.
 * Lists and single records each say what they populate, and which filters and sorts they take;
 * whatever is not declared is refused (see utils/public-query.ts).
 */
export interface PublicApi {
  list: RouteShape;
  detail: RouteShape;
  /** Lists of this type accept `?search=` (see middlewares/public-read.ts). */
  search?: { alsoIn: string[][] };
}

const middleware = (uid: UID.ContentType, config: Omit<PublicReadConfig, 'uid'>) => ({
  name: 'global::public-read',
  config: { uid, ...config },
});

/** The public API of an entity is read-only: list, one by document id, one by slug. */
export function publicCoreRouter(uid: UID.ContentType, api: PublicApi) {
  return factories.createCoreRouter(uid, {
    only: ['find', 'findOne'],
    config: {
      find: { middlewares: [middleware(uid, { ...api.list, search: api.search })] },
      findOne: { middlewares: [middleware(uid, api.detail)] },
    },
  });
}

export function bySlugRoute(uid: UID.ContentType, pluralName: string, api: PublicApi) {
  return {
    routes: [
      {
        method: 'GET',
        path: `/${pluralName}/by-slug/:slug`,
        handler: `${uid}.findBySlug`,
        config: { middlewares: [middleware(uid, api.detail)] },
      },
    ],
  };
}
