/**
 * The categories of associations, as in addresses (?category=arts-troupe) and in the CMS's
 * association schema; the contract test compares this copy with the schema both ways.
 */
export const ASSOCIATION_CATEGORIES = [
  'culture',
  'sport',
  'arts-troupe',
  'disability',
  'women',
  'youth',
  'childhood',
  'heritage',
  'neighbourhood',
] as const;
export type AssociationCategory = (typeof ASSOCIATION_CATEGORIES)[number];
