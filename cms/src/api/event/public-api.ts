import type { PublicApi } from '../../utils/public-routes';

/** What each public event route returns with the event and accepts from the site, and nothing more. */
const venue = {
  fields: ['name', 'slug', 'address'],
  // The venue's surveyed facts weigh in whether an event fits a visitor's access needs.
  populate: { point: true, neighbourhood: { fields: ['name', 'slug', 'peripheral'] }, accessibility: true },
};

const listPopulate = {
  venue,
  organisers: { fields: ['name', 'slug'] },
  audience: true,
  accessibility: true,
  registration: true,
  // A card says how an activity repeats; the site writes the words and the calendar file's exceptions.
  series: true,
  seriesChanges: true,
  // Enough for a card to say the activity is presented in sign language; the page loads the rest.
  signLanguageVideo: { fields: ['signedOn'] },
};

export default {
  list: {
    // What a card, the map and a calendar feed show (site: schemas.ts eventSummary): not the
    // description, the accessibility notes nor the search text, which only the page needs.
    fields: [
      'title',
      'slug',
      'summary',
      'domain',
      'category',
      'startsAt',
      'endsAt',
      'recurrence',
      'seriesEndsAt',
      'eventStatus',
      'statusNote',
      'isFree',
      'priceMad',
      'locale',
      'publishedAt',
      'updatedAt',
    ],
    populate: listPopulate,
    // The events page's filters (site/src/lib/server/cms/events.ts) and an association's events.
    filters: [
      'slug',
      'startsAt',
      'endsAt',
      'domain',
      'category',
      'isFree',
      'eventStatus',
      'venue.slug',
      'venue.neighbourhood.slug',
      'venue.accessibility.*',
      'organisers.slug',
      'programme.slug',
      'audience.*',
      'accessibility.*',
      // "With sign language": a signed video has a date, so an event with one has a non-null signedOn.
      'signLanguageVideo.signedOn',
    ],
    sort: ['startsAt', 'endsAt', 'title', 'slug', 'updatedAt'],
  },
  detail: {
    populate: {
      ...listPopulate,
      programme: { fields: ['name', 'slug'] },
      image: { fields: ['url', 'alternativeText', 'width', 'height'] },
      signLanguageVideo: {
        fields: ['signedBy', 'signedOn', 'sample'],
        populate: {
          video: { fields: ['url', 'mime'] },
          tracks: { fields: ['language', 'transcript'], populate: { captions: { fields: ['url'] } } },
        },
      },
      easyRead: { fields: ['text', 'pictogramAlt'], populate: { pictogram: { fields: ['url'] } } },
    },
  },
  /** Visitors search events by their text or by the name of the venue. */
  search: { alsoIn: [['venue', 'name']] },
} satisfies PublicApi;
