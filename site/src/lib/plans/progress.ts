/**
 * How far a plan has come, derived rather than typed (the CMS has no progress field):
 * - an action's progress is the share of its milestones' weights already reached; an action with
 *   no milestone counts 0 until it is done; a done action counts 100 whatever its milestones;
 * - a plan's progress is the mean of its actions' progress weighted by their weights, leaving out
 *   cancelled actions (they no longer measure how far the plan has come).
 * Results are whole percentages (rounded down, so 100 means everything is reached), or null when
 * nothing can be measured (no action).
 */
import type { ActionStatus } from './vocabulary';

export interface MilestoneFacts {
  weight: number;
  reachedOn: string | null;
}
export interface ActionFacts {
  actionStatus: ActionStatus;
  weight: number;
  milestones: MilestoneFacts[];
}

/** The share reached, as a fraction 0..1 (unrounded, so that a plan's sum is exact). */
function actionShare(a: ActionFacts): number {
  if (a.actionStatus === 'done') return 1;
  const total = a.milestones.reduce((n, m) => n + Math.max(1, m.weight), 0);
  if (total === 0) return 0;
  return a.milestones.filter((m) => m.reachedOn).reduce((n, m) => n + Math.max(1, m.weight), 0) / total;
}

const percent = (share: number) => Math.floor(share * 100 + 1e-9);

export function actionProgress(a: ActionFacts): number {
  return percent(actionShare(a));
}

export function planProgress(actions: ActionFacts[]): number | null {
  const counted = actions.filter((a) => a.actionStatus !== 'cancelled');
  const total = counted.reduce((n, a) => n + Math.max(1, a.weight), 0);
  if (total === 0) return null;
  return percent(counted.reduce((n, a) => n + Math.max(1, a.weight) * actionShare(a), 0) / total);
}
