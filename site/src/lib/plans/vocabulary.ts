/**
 * The enumerations of consultative bodies, plans and indicators, as in the CMS's schemas
 * (cms/src/api/consultative-body, thematic-plan, plan-action, indicator, comment): the contract
 * test compares these copies with the schemas both ways.
 */
export const BODY_THEMES = ['gender', 'disability', 'youth', 'childhood', 'culture-heritage'] as const;
export const PLAN_STATUSES = ['draft', 'consultation', 'adopted'] as const;
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'delayed', 'cancelled'] as const;
export const DIMENSIONS = ['total', 'sex', 'age-group', 'disability', 'neighbourhood'] as const;
/** What the hub counts itself (an indicator's `computedFrom`, a key of the CMS's figures). */
export const FIGURE_KEYS = [
  'events-by-neighbourhood',
  'events-by-category',
  'associations-taking-part',
  'associations-by-category',
  'heritage-points-built',
  'comments-received',
] as const;
export const COMMENT_TARGETS = ['plan', 'action', 'event'] as const;
/** The five commitments of the commune's open-government plan, 2023-2026. */
export const COMMITMENTS = [1, 2, 3, 4, 5] as const;

export type BodyTheme = (typeof BODY_THEMES)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
