import association from './api/association/content-types/association/schema.json';
import categoryDomains from './api/event/category-domains.json';
import event from './api/event/content-types/event/schema.json';
import eventAccessibility from './components/access/event-accessibility.json';
import audience from './components/event/audience.json';
import heritagePoint from './api/heritage-point/content-types/heritage-point/schema.json';
import placeAccessibility from './components/access/place-accessibility.json';

/**
 * The enumerations of the content model, read from the schemas so that code cannot list a value
 * the CMS does not have. The site keeps typed copies; its contract test compares them both ways.
 */
type Attributes = Record<string, { type: string; enum?: string[] }>;

export function enumOf(attributes: Attributes, name: string): readonly string[] {
  const attribute = attributes[name];
  if (attribute?.type !== 'enumeration' || !attribute.enum) throw new Error(`The attribute ${name} is not an enumeration`);
  return attribute.enum;
}

export const booleansOf = (attributes: Attributes): readonly string[] =>
  Object.keys(attributes).filter((name) => attributes[name].type === 'boolean');

/**
 * The problems of a grouping of categories by domain: every domain once, every category in
 * exactly one domain, nothing else. Empty when the grouping is sound.
 */
export function groupingProblems(
  grouping: Record<string, readonly string[]>,
  domains: readonly string[],
  categories: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const d of domains) if (!(d in grouping)) problems.push(`the domain ${d} has no categories`);
  for (const d of Object.keys(grouping)) if (!domains.includes(d)) problems.push(`${d} is not a domain of the event schema`);
  const grouped = Object.values(grouping).flat();
  for (const c of categories) {
    const times = grouped.filter((g) => g === c).length;
    if (times !== 1) problems.push(`the category ${c} is in ${times} domains`);
  }
  for (const c of new Set(grouped)) if (!categories.includes(c)) problems.push(`${c} is not a category of the event schema`);
  return problems;
}

export const DOMAINS = enumOf(event.attributes, 'domain');
export const CATEGORIES = enumOf(event.attributes, 'category');
/** The offers of the access.event-accessibility component: one boolean field each. */
export const ACCESS_FIELDS = booleansOf(eventAccessibility.attributes);
/** The groups of the event.audience component (the age range aside): one boolean field each. */
export const AUDIENCE_FLAGS = booleansOf(audience.attributes);
export const ASSOCIATION_CATEGORIES = enumOf(association.attributes, 'category');

// The schema cannot say which domain a category belongs to: category-domains.json does, and is checked
// when the CMS starts, so a category added to the schema without a domain stops it at once.
const problems = groupingProblems(categoryDomains, DOMAINS, CATEGORIES);
if (problems.length) throw new Error(`api/event/category-domains.json: ${problems.join('; ')}`);
export const CATEGORY_DOMAINS: Readonly<Record<string, readonly string[]>> = categoryDomains;

export function domainOf(category: string): string {
  const domain = DOMAINS.find((d) => CATEGORY_DOMAINS[d].includes(category));
  if (!domain) throw new Error(`${category} is not a category of the event schema`);
  return domain;
}

// Heritage points and the facts of a place's accessibility (components/access/place-accessibility.json).

export const HERITAGE_KINDS = enumOf(heritagePoint.attributes, 'kind');
export const WORKS_STATUSES = enumOf(heritagePoint.attributes, 'worksStatus');
export const PATHWAY_SURFACES = enumOf(placeAccessibility.attributes, 'pathwaySurface');
export const PATHWAY_SMOOTHNESS = enumOf(placeAccessibility.attributes, 'pathwaySmoothness');
/** The fields of the place-accessibility component: the seed checks its facts against them. */
export const PLACE_FACTS: Readonly<Record<string, { type: string; min?: number; max?: number; enum?: string[] }>> =
  placeAccessibility.attributes;
