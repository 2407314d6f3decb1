import type { PublicApi } from '../../utils/public-routes';

/**
 * Comments have drafts: a comment is a draft (pending) until staff or its body publish it, and the
 * public read serves published versions only. `bodySlug` is private: never filtered, never shown.
 */
export default {
  list: { filters: ['targetType', 'targetSlug'], sort: ['publishedAt', 'createdAt'] },
  detail: {},
} satisfies PublicApi;
