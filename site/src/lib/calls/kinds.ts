import { m } from '$lib/paraglide/messages';
import type { PARTNERSHIP_KINDS } from '$lib/forms/application';

/** Visible names of the kinds of partnership a call leads to (contract: partnership.kind). */
export const kindLabel: Record<(typeof PARTNERSHIP_KINDS)[number], () => string> = {
  'roaming-programme': m.kind_roaming_programme,
  'co-organisation': m.kind_co_organisation,
  'venue-hosting': m.kind_venue_hosting,
  'in-kind-support': m.kind_in_kind_support,
};
