import { m } from '$lib/paraglide/messages';
import type { Need } from './needs';
import type { Feature, GradeFilter, HeritageKind, PathwaySurface, Smoothness, WorksStatus } from './vocabulary';

/**
 * Visible names of the places' words, each the message named after its slug (heritage_kind_<slug>,
 * works_<slug>, grade_<slug>, feature_<slug>, need_<slug>, surface_<slug>, smoothness_<slug>, with _
 * for -): the contract test checks each against its message in every locale.
 */
export const heritageKindLabel: Record<HeritageKind, () => string> = {
  gate: m.heritage_kind_gate,
  square: m.heritage_kind_square,
  monument: m.heritage_kind_monument,
  museum: m.heritage_kind_museum,
  quarter: m.heritage_kind_quarter,
};

export const worksLabel: Record<WorksStatus, () => string> = {
  none: m.works_none,
  planned: m.works_planned,
  'in-works': m.works_in_works,
  done: m.works_done,
};

export const gradeLabel: Record<GradeFilter, () => string> = {
  fully: m.grade_fully,
  partially: m.grade_partially,
  not: m.grade_not,
  unknown: m.grade_unknown,
};

export const featureLabel: Record<Feature, () => string> = {
  'step-free': m.feature_step_free,
  'accessible-toilet': m.feature_accessible_toilet,
  braille: m.feature_braille,
  'tactile-map': m.feature_tactile_map,
  'large-print': m.feature_large_print,
  'induction-loop': m.feature_induction_loop,
  'staff-help': m.feature_staff_help,
  'sign-language-staff': m.feature_sign_language_staff,
  quiet: m.feature_quiet,
  'well-lit': m.feature_well_lit,
};

export const needLabel: Record<Need, () => string> = {
  'step-free': m.need_step_free,
  'accessible-toilet': m.need_accessible_toilet,
  'sign-language': m.need_sign_language,
  captions: m.need_captions,
  'hearing-loop': m.need_hearing_loop,
  'audio-description': m.need_audio_description,
  'braille-large-print': m.need_braille_large_print,
  'easy-read': m.need_easy_read,
  'quiet-space': m.need_quiet_space,
  assistance: m.need_assistance,
};

export const surfaceLabel: Record<PathwaySurface, () => string> = {
  asphalt: m.surface_asphalt,
  paved: m.surface_paved,
  paving_stones: m.surface_paving_stones,
  sett: m.surface_sett,
  cobblestone: m.surface_cobblestone,
  gravel: m.surface_gravel,
  earth: m.surface_earth,
  mixed: m.surface_mixed,
};

export const smoothnessLabel: Record<Smoothness, () => string> = {
  excellent: m.smoothness_excellent,
  good: m.smoothness_good,
  intermediate: m.smoothness_intermediate,
  bad: m.smoothness_bad,
  very_bad: m.smoothness_very_bad,
};
