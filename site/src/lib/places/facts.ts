import type { Feature, Grade, PathwaySurface, Smoothness } from './vocabulary';

/**
 * The facts of a place's accessibility as the CMS's place-accessibility component holds them.
 * `null` (or absent) is "not known": nothing here ever turns an unknown into a yes or a no.
 */
export interface PlaceFacts {
  entranceIsLevel?: boolean | null;
  entranceHasFixedRamp?: boolean | null;
  entranceHasRemovableRamp?: boolean | null;
  entranceStepCount?: number | null;
  entranceStepHeightCm?: number | null;
  entranceHasHandRail?: boolean | null;
  entranceDoorWidthCm?: number | null;
  hasLevelSideEntrance?: boolean | null;
  pathwaySurface?: PathwaySurface | null;
  pathwaySmoothness?: Smoothness | null;
  pathwaySlopePercent?: number | null;
  pathwayWidthCm?: number | null;
  hasAccessibleToilet?: boolean | null;
  hasWheelchairParking?: boolean | null;
  signageHasBraille?: boolean | null;
  signageHasTactileMap?: boolean | null;
  signageHasLargePrint?: boolean | null;
  hasInductionLoop?: boolean | null;
  isWellLit?: boolean | null;
  isQuiet?: boolean | null;
  staffCanHelp?: boolean | null;
  staffSpokenLanguages?: string | null;
  wheelchairAccessibilityGrade?: Grade | null;
  surveyedAt?: string | null;
}

/** Yes, no, or not known. */
export type Known = boolean | null;

/** Moroccan Sign Language (ISO 639-3): the staff sign when their languages include it. */
export const SIGN_LANGUAGE = 'xms';

export const languagesOf = (f: PlaceFacts): string[] | null =>
  f.staffSpokenLanguages
    ? f.staffSpokenLanguages
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean)
    : null;

/**
 * Whether a wheelchair gets in without a step: a level entrance, a fixed ramp, another level
 * entrance, no steps at all, or a ramp put down on request. Steps with none of those: no.
 */
export function stepFreeEntry(f: PlaceFacts): Known {
  if (f.entranceIsLevel || f.entranceHasFixedRamp || f.hasLevelSideEntrance || f.entranceStepCount === 0) return true;
  if (f.entranceHasRemovableRamp) return true;
  const steps = f.entranceIsLevel === false || (f.entranceStepCount ?? 0) > 0;
  // Both ramps must be known absent; another entrance is recorded when one exists, so its absence
  // is not asked of the surveyor.
  if (steps && f.entranceHasFixedRamp === false && f.entranceHasRemovableRamp === false) return false;
  return null;
}

/** The yes/no fact behind each feature a visitor can filter on. */
export function hasFeature(f: PlaceFacts | null, feature: Feature): Known {
  if (!f) return null;
  switch (feature) {
    case 'step-free':
      return stepFreeEntry(f);
    case 'accessible-toilet':
      return f.hasAccessibleToilet ?? null;
    case 'braille':
      return f.signageHasBraille ?? null;
    case 'tactile-map':
      return f.signageHasTactileMap ?? null;
    case 'large-print':
      return f.signageHasLargePrint ?? null;
    case 'induction-loop':
      return f.hasInductionLoop ?? null;
    case 'staff-help':
      return f.staffCanHelp ?? null;
    case 'sign-language-staff': {
      const languages = languagesOf(f);
      return languages ? languages.includes(SIGN_LANGUAGE) : null;
    }
    case 'quiet':
      return f.isQuiet ?? null;
    case 'well-lit':
      return f.isWellLit ?? null;
  }
}
