import type { AccessField } from '$lib/events/vocabulary';
import { NEED_OFFERS, type Need } from '$lib/places/needs';
import type { QueryValue } from './query';

/**
 * The CMS filter for "the event fits this need", exactly as lib/places/needs.ts decides it
 * (eventMeets), so that the list and its count hold only what fits: never what is not known.
 *
 * - a service (sign language, captions, …) fits when the organisers offer it;
 * - a physical need fits when the venue's facts say yes, or when the organisers offer it and the
 *   venue's facts do not say no (a fact not known is NULL, which only `$null` matches).
 */
const offered = (fields: AccessField[]): QueryValue[] => fields.map((f) => ({ accessibility: { [f]: { $eq: true } } }));
const venue = (facts: QueryValue): QueryValue => ({ venue: { accessibility: facts } });
const yes = (field: string): QueryValue => ({ [field]: { $eq: true } });
const unknown = (field: string): QueryValue => ({ [field]: { $null: true } });

/** For a yes/no fact: yes, or offered and not known. */
const plainFact = (need: Need, field: string): QueryValue => ({
  $or: [venue(yes(field)), { $and: [{ $or: offered(NEED_OFFERS[need]) }, venue(unknown(field))] }],
});

export function needFilter(need: Need): QueryValue {
  switch (need) {
    case 'step-free':
      return {
        $or: [
          // The venue is entered without a step (facts.ts, stepFreeEntry).
          venue({
            $or: [
              yes('entranceIsLevel'),
              yes('entranceHasFixedRamp'),
              yes('hasLevelSideEntrance'),
              yes('entranceHasRemovableRamp'),
              { entranceStepCount: { $eq: 0 } },
            ],
          }),
          // Offered, and the venue is not known to have steps without any ramp.
          {
            $and: [
              { $or: offered(NEED_OFFERS[need]) },
              venue({
                $or: [
                  unknown('entranceHasFixedRamp'),
                  unknown('entranceHasRemovableRamp'),
                  { $and: [unknown('entranceIsLevel'), unknown('entranceStepCount')] },
                ],
              }),
            ],
          },
        ],
      };
    case 'accessible-toilet':
      return plainFact(need, 'hasAccessibleToilet');
    case 'hearing-loop':
      return plainFact(need, 'hasInductionLoop');
    case 'quiet-space':
      return plainFact(need, 'isQuiet');
    case 'assistance':
      return plainFact(need, 'staffCanHelp');
    default:
      return { $or: offered(NEED_OFFERS[need]) };
  }
}
