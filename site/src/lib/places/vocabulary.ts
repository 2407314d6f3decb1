/**
 * The words of heritage points and of a place's accessibility, copied from the CMS
 * (api/heritage-point and components/access/place-accessibility.json) so that they can be types;
 * the contract test compares each copy with the CMS both ways. Slugs are never translated.
 */
export const HERITAGE_KINDS = ['gate', 'square', 'monument', 'museum', 'quarter'] as const;
export type HeritageKind = (typeof HERITAGE_KINDS)[number];

export const WORKS_STATUSES = ['none', 'planned', 'in-works', 'done'] as const;
export type WorksStatus = (typeof WORKS_STATUSES)[number];

/** OpenStreetMap `surface` values, which A11yJSON's Surface.types takes as they are. */
export const PATHWAY_SURFACES = ['asphalt', 'paved', 'paving_stones', 'sett', 'cobblestone', 'gravel', 'earth', 'mixed'] as const;
export type PathwaySurface = (typeof PATHWAY_SURFACES)[number];

/** OpenStreetMap `smoothness` values, as A11yJSON's Surface.smoothness. */
export const SMOOTHNESS = ['excellent', 'good', 'intermediate', 'bad', 'very_bad'] as const;
export type Smoothness = (typeof SMOOTHNESS)[number];

/** A11yJSON's wheelchairAccessibilityGrade; the site adds "unknown" for a place whose facts do not tell. */
export const GRADES = ['fully', 'partially', 'not'] as const;
export type Grade = (typeof GRADES)[number];
export type GradeFilter = Grade | 'unknown';
export const GRADE_FILTERS: readonly GradeFilter[] = [...GRADES, 'unknown'];

/** Features a visitor can ask a place to have (?feature=…), each a fact of the component. */
export const FEATURES = [
  'step-free',
  'accessible-toilet',
  'braille',
  'tactile-map',
  'large-print',
  'induction-loop',
  'staff-help',
  'sign-language-staff',
  'quiet',
  'well-lit',
] as const;
export type Feature = (typeof FEATURES)[number];

export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string): v is T =>
    (values as readonly string[]).includes(v);
export const isGradeFilter = isOneOf(GRADE_FILTERS);
export const isFeature = isOneOf(FEATURES);
export const isHeritageKind = isOneOf(HERITAGE_KINDS);
export const isWorksStatus = isOneOf(WORKS_STATUSES);
