import { ACCESS_OFFERS, type AccessField, type AccessOffer } from '../events/vocabulary'; // relative: the browser tests import this module without SvelteKit's aliases
import { hasFeature, type Known, type PlaceFacts } from './facts';

/**
 * The access needs a visitor can state on /{lang}/needs, and whether an event or a place meets
 * them. The answer is "fits", "does not fit" or "not known": missing data is never a fit.
 */
export const NEEDS = [
  'step-free',
  'accessible-toilet',
  'sign-language',
  'captions',
  'hearing-loop',
  'audio-description',
  'braille-large-print',
  'easy-read',
  'quiet-space',
  'assistance',
] as const;
export type Need = (typeof NEEDS)[number];
export const isNeed = (v: string): v is Need => (NEEDS as readonly string[]).includes(v);

export type Fit = 'fits' | 'no' | 'unknown';

/** The event's offers (access.event-accessibility) that meet each need. */
export const NEED_OFFERS: Record<Need, AccessField[]> = {
  'step-free': ['wheelchair', 'stepFreeRoute'],
  'accessible-toilet': ['accessibleToilets'],
  'sign-language': ['signLanguage'],
  captions: ['captions'],
  'hearing-loop': ['hearingLoop'],
  'audio-description': ['audioDescription'],
  'braille-large-print': ['brailleProgramme', 'largePrint'],
  'easy-read': ['easyRead'],
  'quiet-space': ['quietSpace'],
  assistance: ['assistanceOnRequest'],
};

/** What a place's facts say of a need; null where the place has nothing to say (captions). */
export function placeMeets(facts: PlaceFacts | null, need: Need): Known | undefined {
  switch (need) {
    case 'step-free':
      return hasFeature(facts, 'step-free');
    case 'accessible-toilet':
      return hasFeature(facts, 'accessible-toilet');
    case 'sign-language':
      return hasFeature(facts, 'sign-language-staff');
    case 'hearing-loop':
      return hasFeature(facts, 'induction-loop');
    case 'braille-large-print': {
      const braille = hasFeature(facts, 'braille');
      const large = hasFeature(facts, 'large-print');
      return braille || large ? true : braille === false && large === false ? false : null;
    }
    case 'quiet-space':
      return hasFeature(facts, 'quiet');
    case 'assistance':
      return hasFeature(facts, 'staff-help');
    default:
      // Captions, audio description and easy read belong to what is shown, not to a place.
      return undefined;
  }
}

const combine = (answers: Known[]): Fit =>
  answers.includes(false) ? 'no' : answers.length > 0 && answers.every((a) => a === true) ? 'fits' : 'unknown';

/** Whether a place fits every need that applies to places. */
export function placeFit(facts: PlaceFacts | null, needs: readonly Need[]): Fit {
  const answers = needs.map((n) => placeMeets(facts, n)).filter((a): a is Known => a !== undefined);
  return combine(answers);
}

/** The physical needs, where the venue's surveyed facts weigh as much as what organisers offer. */
const PHYSICAL: readonly Need[] = ['step-free', 'accessible-toilet', 'hearing-loop', 'quiet-space', 'assistance'];

/**
 * Whether an event meets one need, from what its organisers offer and its venue's facts:
 * - offered, and the venue's facts do not say otherwise: yes (an offer the venue contradicts,
 *   such as step-free access to a venue with steps and no ramp, is not known until checked);
 * - not offered, the venue's facts say yes for a physical need: yes; they say no: no;
 * - a service (sign language, captions, …) the organisers filled in as not offered: no;
 * - no accessibility filled in at all: not known.
 */
export function eventMeets(offers: Partial<Record<AccessField, boolean | null>> | null, venue: PlaceFacts | null, need: Need): Known {
  const offered = offers ? NEED_OFFERS[need].some((field) => offers[field] === true) : null;
  const physical = PHYSICAL.includes(need);
  const place = physical ? placeMeets(venue, need) : undefined;
  if (offered) return place === false ? null : true;
  if (physical) return place ?? null;
  return offers ? false : null;
}

export function eventFit(
  offers: Partial<Record<AccessField, boolean | null>> | null,
  venue: PlaceFacts | null,
  needs: readonly Need[],
): Fit {
  return needs.length ? combine(needs.map((n) => eventMeets(offers, venue, n))) : 'unknown';
}

/** Whether an event's card fits, from the offers it lists and its venue's facts. */
export function cardFit(
  card: { access: readonly AccessOffer[]; accessKnown: boolean; venueFacts: PlaceFacts | null },
  needs: readonly Need[],
): Fit {
  const offers = card.accessKnown
    ? (Object.fromEntries(
        Object.entries(ACCESS_OFFERS).map(([slug, field]) => [field, card.access.includes(slug as AccessOffer)]),
      ) as Record<AccessField, boolean>)
    : null;
  return eventFit(offers, card.venueFacts, needs);
}
