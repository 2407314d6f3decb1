import { stepFreeEntry, type PlaceFacts } from './facts';
import type { Grade } from './vocabulary';

/**
 * A place's overall wheelchair grade (A11yJSON's wheelchairAccessibilityGrade, OpenStreetMap's
 * wheelchair=yes/limited/no), derived from the facts where they are enough:
 *
 * - fully: in without a step (level, a fixed ramp or another level entrance), a way there no
 *   steeper than 6 % on a surface a wheelchair rolls on, no passage narrower than 80 cm;
 * - partially: one step of 7 cm at most, or a ramp on request, or a way of 6 to 12 %, or a
 *   bumpy surface (cobbles, "bad" smoothness), or a passage of 70 to 80 cm;
 * - not: more steps, or a higher one, with no ramp; steeper than 12 %; a surface "very bad";
 *   a passage under 70 cm.
 *
 * Each known fact caps the grade. When the deciding facts (the entrance and the way's slope and
 * surface) are all known, the cap is the grade. Otherwise a known "not" decides alone; else the
 * surveyor's own grade is used, never above the cap; else the grade is not known (null).
 */
const RANK: Record<Grade, number> = { not: 0, partially: 1, fully: 2 };
const lowest = (grades: Grade[]): Grade => grades.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b), 'fully');

export const FULLY_MAX_SLOPE = 6;
export const PARTIALLY_MAX_SLOPE = 12;
export const SMALL_STEP_CM = 7;

interface Judgement {
  cap: Grade;
  decided: boolean;
}

function entrance(f: PlaceFacts): Judgement {
  const stepFree = stepFreeEntry(f);
  if (stepFree === true) {
    // A ramp on request gets a wheelchair in, with someone's help: partially.
    const helped = !(f.entranceIsLevel || f.entranceHasFixedRamp || f.hasLevelSideEntrance || f.entranceStepCount === 0);
    return { cap: helped ? 'partially' : 'fully', decided: true };
  }
  const count = f.entranceStepCount;
  const height = f.entranceStepHeightCm;
  if (count === 1 && height != null) return { cap: height <= SMALL_STEP_CM ? 'partially' : 'not', decided: stepFree === false };
  if (count != null && count >= 2) return { cap: 'not', decided: stepFree === false };
  if (stepFree === false) return { cap: count === 1 ? 'partially' : 'not', decided: count !== 1 };
  // At least one step and nothing known of ramps: not fully.
  if (f.entranceIsLevel === false || (count ?? 0) > 0) return { cap: 'partially', decided: false };
  return { cap: 'fully', decided: false };
}

function way(f: PlaceFacts): Judgement {
  const caps: Grade[] = [];
  const slope = f.pathwaySlopePercent;
  if (slope != null) caps.push(slope <= FULLY_MAX_SLOPE ? 'fully' : slope <= PARTIALLY_MAX_SLOPE ? 'partially' : 'not');
  const smooth = f.pathwaySmoothness;
  if (smooth) caps.push(smooth === 'very_bad' ? 'not' : smooth === 'bad' ? 'partially' : 'fully');
  else if (f.pathwaySurface) caps.push(['cobblestone', 'gravel', 'earth', 'mixed'].includes(f.pathwaySurface) ? 'partially' : 'fully');
  for (const width of [f.pathwayWidthCm, f.entranceDoorWidthCm]) {
    if (width != null) caps.push(width >= 80 ? 'fully' : width >= 70 ? 'partially' : 'not');
  }
  return { cap: lowest(caps), decided: slope != null && Boolean(smooth || f.pathwaySurface) };
}

export function gradeOf(f: PlaceFacts | null | undefined): Grade | null {
  if (!f) return null;
  const parts = [entrance(f), way(f)];
  const cap = lowest(parts.map((p) => p.cap));
  if (parts.every((p) => p.decided)) return cap;
  if (cap === 'not') return 'not';
  const surveyed = f.wheelchairAccessibilityGrade;
  return surveyed ? lowest([surveyed, cap]) : null;
}
