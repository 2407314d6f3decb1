export const ASSOCIATION_CATEGORIES = ['culture', 'sport', 'arts-troupe', 'disability', 'women', 'youth', 'childhood', 'heritage', 'neighbourhood'] as const;
export type AssociationCategory = (typeof ASSOCIATION_CATEGORIES)[number];
