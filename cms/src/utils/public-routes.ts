import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

export interface PopulateShapes {
  list?: Record<string, unknown>;
  detail?: Record<string, unknown>;
  /** Lists of this type accept `?search=` (see middlewares/public-read.ts). */
  search?: { alsoIn: string[][] };
}

/** The public API of an entity is read-only: list, one by document id, one by slug. */
export function publicCoreRouter(uid: UID.ContentType, shapes: PopulateShapes) {
  return factories.createCoreRouter(uid, {
    only: ['find', 'findOne'],
    config: {
      find: { middlewares: [{ name: 'global::public-read', config: { populate: shapes.list, search: shapes.search } }] },
      findOne: { middlewares: [{ name: 'global::public-read', config: { populate: shapes.detail } }] },
    },
  });
}

export function bySlugRoute(uid: UID.ContentType, pluralName: string, shapes: PopulateShapes) {
  return {
    routes: [
      {
        method: 'GET',
        path: `/${pluralName}/by-slug/:slug`,
        handler: `${uid}.findBySlug`,
        config: {
          middlewares: [{ name: 'global::public-read', config: { populate: shapes.detail } }],
        },
      },
    ],
  };
}
