import type { PublicApi } from '../../utils/public-routes';

/**
 * Lists carry what the calls page shows (title, summary, dates, state); a call's page carries
 * everything an association needs to decide whether to apply. Its applications and partnerships
 * are never reachable from here.
 */
const LIST_FIELDS = ['reference', 'title', 'slug', 'summary', 'opensAt', 'deadline', 'state', 'partnershipKind', 'locale'];

export default {
  list: {
    fields: LIST_FIELDS,
    filters: ['slug', 'state', 'partnershipKind', 'opensAt', 'deadline'],
    sort: ['deadline', 'opensAt', 'title'],
  },
  detail: {
    populate: {
      criteria: true,
      documents: true,
      signLanguageVideo: { populate: { video: true, tracks: { populate: { captions: true } } } },
      easyRead: { populate: { pictogram: true } },
    },
  },
} satisfies PublicApi;
