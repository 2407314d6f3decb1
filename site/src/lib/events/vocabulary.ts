/**
 * The words of the event filters as they appear in addresses (?category=football&access=wheelchair)
 * and the CMS fields they stand for. They copy the CMS content model (the event schema, its
 * category-domains.json and its audience and accessibility components) so that they can be types;
 * the contract test compares each copy with the CMS both ways. Slugs are never translated.
 */
export const CATEGORIES_BY_DOMAIN = {
  culture: ['music', 'theatre', 'cinema', 'reading', 'heritage-visit', 'arts-and-crafts', 'festival'],
  sport: ['football', 'athletics', 'swimming', 'basketball', 'para-sport', 'chess', 'walking'],
} as const;
export type Domain = keyof typeof CATEGORIES_BY_DOMAIN;
export type Category = (typeof CATEGORIES_BY_DOMAIN)[Domain][number];
export const DOMAINS = Object.keys(CATEGORIES_BY_DOMAIN) as Domain[];
export const CATEGORIES: readonly Category[] = Object.values(CATEGORIES_BY_DOMAIN).flat();

/** A category filter is either a whole domain or one kind of activity. */
export type CategoryFilter = Domain | Category;
export const CATEGORY_FILTERS: readonly CategoryFilter[] = [...DOMAINS, ...CATEGORIES];
export const isDomain = (v: string): v is Domain => Object.hasOwn(CATEGORIES_BY_DOMAIN, v);

/** Audience slug in addresses → boolean field of the CMS's event.audience component. */
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
export type AudienceField = (typeof AUDIENCES)[Audience];

/** Offer slug in addresses → boolean field of the CMS's access.event-accessibility component. */
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

export const AUDIENCE_FIELDS = Object.values(AUDIENCES);
export const ACCESS_FIELDS = Object.values(ACCESS_OFFERS);

export const isAudience = (v: string): v is Audience => Object.hasOwn(AUDIENCES, v);
export const isAccessOffer = (v: string): v is AccessOffer => Object.hasOwn(ACCESS_OFFERS, v);
export const isCategoryFilter = (v: string): v is CategoryFilter => (CATEGORY_FILTERS as readonly string[]).includes(v);
