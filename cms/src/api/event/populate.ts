/** What each public event route returns with the event, and nothing more. */
const venue = {
  fields: ['name', 'slug', 'address'],
  populate: { point: true, neighbourhood: { fields: ['name', 'slug', 'peripheral'] } },
};

export const list = {
  venue,
  organisers: { fields: ['name', 'slug'] },
  audience: true,
  accessibility: true,
  registration: true,
};

export const detail = {
  ...list,
  venue: { ...venue, populate: { ...venue.populate, accessibility: true } },
  programme: { fields: ['name', 'slug'] },
  image: { fields: ['url', 'alternativeText', 'width', 'height'] },
  signLanguageVideo: {
    populate: { video: { fields: ['url', 'mime'] }, captions: { fields: ['url'] } },
  },
};

/** Visitors search events by their text or by the name of the venue. */
export const search = { alsoIn: [['venue', 'name']] };
