import { describe, expect, it } from 'vitest';
import { actionProgress, planProgress, type ActionFacts } from './progress';

const ms = (weight: number, reached: boolean) => ({ weight, reachedOn: reached ? '2025-01-01' : null });
const action = (patch: Partial<ActionFacts>): ActionFacts => ({ actionStatus: 'in-progress', weight: 1, milestones: [], ...patch });

describe('progress', () => {
  it('of an action is the weighted share of its milestones reached', () => {
    expect(actionProgress(action({ milestones: [ms(1, true), ms(2, true), ms(2, false)] }))).toBe(60);
    expect(actionProgress(action({ milestones: [ms(1, false)] }))).toBe(0);
    expect(actionProgress(action({ milestones: [] }))).toBe(0);
    expect(actionProgress(action({ actionStatus: 'done', milestones: [ms(1, false)] }))).toBe(100);
  });

  it('of a plan weighs its actions and leaves out cancelled ones', () => {
    const actions = [
      action({ weight: 3, milestones: [ms(1, true), ms(1, false)] }), // 50 % × 3
      action({ weight: 1, actionStatus: 'done' }), // 100 % × 1
      action({ weight: 5, actionStatus: 'cancelled' }),
    ];
    expect(planProgress(actions)).toBe(62); // (1.5 + 1) / 4 = 62.5 %
    expect(planProgress([])).toBeNull();
    expect(planProgress([action({ actionStatus: 'cancelled' })])).toBeNull();
  });

  it('says 100 only when everything is reached (rounds down)', () => {
    expect(actionProgress(action({ milestones: [ms(1, true), ms(1, true), ms(1, false)] }))).toBe(66);
    expect(planProgress([action({ actionStatus: 'done' }), action({ actionStatus: 'done' })])).toBe(100);
  });
});
