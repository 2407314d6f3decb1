import { m } from '$lib/paraglide/messages';
import type { ActionStatus, BodyTheme, Dimension, PlanStatus } from './vocabulary';

/** Visible names of the vocabulary: message <prefix>_<slug, with _ for ->. */
export const themeLabel: Record<BodyTheme, () => string> = {
  gender: m.body_theme_gender,
  disability: m.body_theme_disability,
  youth: m.body_theme_youth,
  childhood: m.body_theme_childhood,
  'culture-heritage': m.body_theme_culture_heritage,
};

export const planStatusLabel: Record<PlanStatus, () => string> = {
  draft: m.plan_status_draft,
  consultation: m.plan_status_consultation,
  adopted: m.plan_status_adopted,
};

export const actionStatusLabel: Record<ActionStatus, () => string> = {
  planned: m.action_status_planned,
  'in-progress': m.action_status_in_progress,
  done: m.action_status_done,
  delayed: m.action_status_delayed,
  cancelled: m.action_status_cancelled,
};

export const dimensionLabel: Record<Dimension, () => string> = {
  total: m.dimension_total,
  sex: m.dimension_sex,
  'age-group': m.dimension_age_group,
  disability: m.dimension_disability,
  neighbourhood: m.dimension_neighbourhood,
};

/** Groups of a breakdown with a fixed name; an age group ("15-24") is shown as written, a neighbourhood by its name. */
const GROUPS: Record<string, () => string> = {
  women: m.group_women,
  men: m.group_men,
  with: m.group_with_disability,
  without: m.group_without_disability,
};
export const groupLabel = (group: string): string => GROUPS[group]?.() ?? group;

/** The titles of the five commitments of the commune's plan. */
export const commitmentLabel: Record<number, () => string> = {
  1: m.commitment_1,
  2: m.commitment_2,
  3: m.commitment_3,
  4: m.commitment_4,
  5: m.commitment_5,
};
