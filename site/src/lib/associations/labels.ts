import { m } from '$lib/paraglide/messages';
import type { AssociationCategory } from './vocabulary';

/** Visible names of the association categories: message association_category_<slug, with _ for ->. */
export const associationCategoryLabel: Record<AssociationCategory, () => string> = {
  culture: m.association_category_culture,
  sport: m.association_category_sport,
  'arts-troupe': m.association_category_arts_troupe,
  disability: m.association_category_disability,
  women: m.association_category_women,
  youth: m.association_category_youth,
  childhood: m.association_category_childhood,
  heritage: m.association_category_heritage,
  neighbourhood: m.association_category_neighbourhood,
};
