/**
 * The words of the event filters as they appear in addresses (?category=football&access=wheelchair)
 * and the CMS fields they stand for. Slugs are those of the demo city data and never translated.
 */
export const CULTURE = ['music', 'theatre', 'cinema', 'reading', 'heritage-visit', 'arts-and-crafts', 'festival'] as const;
export const SPORT = ['football', 'athletics', 'swimming', 'basketball', 'para-sport', 'chess', 'walking'] as const;
export const DOMAINS = ['culture', 'sport'] as const;
export type Domain = (typeof DOMAINS)[number];
export type Category = (typeof CULTURE)[number] | (typeof SPORT)[number];
export const CATEGORIES: readonly Category[] = [...CULTURE, ...SPORT];

/** A category filter is either a whole domain or one kind of activity. */
export const CATEGORY_FILTERS: readonly string[] = [...DOMAINS, ...CATEGORIES];

export const AUDIENCES = {
  everyone: 'everyone',
  women: 'womenOnly',
  children: 'children',
  youth: 'youth',
  families: 'families',
  seniors: 'seniors',
  disability: 'peopleWithDisabilities',
} as const;
export type Audience = keyof typeof AUDIENCES;

export const ACCESS_OFFERS = {
  wheelchair: 'wheelchair',
  'step-free-route': 'stepFreeRoute',
  'accessible-toilets': 'accessibleToilets',
  'sign-language': 'signLanguage',
  captions: 'captions',
  'hearing-loop': 'hearingLoop',
  'audio-description': 'audioDescription',
  'braille-programme': 'brailleProgramme',
  'large-print': 'largePrint',
  'easy-read': 'easyRead',
  'quiet-space': 'quietSpace',
  'assistance-on-request': 'assistanceOnRequest',
} as const;
export type AccessOffer = keyof typeof ACCESS_OFFERS;
export type AccessField = (typeof ACCESS_OFFERS)[AccessOffer];

export const isAudience = (v: string): v is Audience => Object.hasOwn(AUDIENCES, v);
export const isAccessOffer = (v: string): v is AccessOffer => Object.hasOwn(ACCESS_OFFERS, v);
