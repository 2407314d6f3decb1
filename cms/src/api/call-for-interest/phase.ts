/**
 * Where a call stands for an association deciding whether to apply, derived at read time from its
 * dates and the clock rather than stored, so that it never needs a job to flip it at midnight:
 * `upcoming` before it opens, `open` until its deadline, `closed` after it or when the commune
 * cancelled it or published its results.
 */
export type CallState = 'scheduled' | 'cancelled' | 'decided';
export type CallPhase = 'upcoming' | 'open' | 'closed';

export function phaseOf(
  call: { state?: string | null; opensAt?: string | Date | null; deadline?: string | Date | null },
  at: Date,
): CallPhase {
  if (call.state === 'cancelled' || call.state === 'decided') return 'closed';
  const opens = call.opensAt ? new Date(call.opensAt).getTime() : NaN;
  const deadline = call.deadline ? new Date(call.deadline).getTime() : NaN;
  if (Number.isNaN(opens) || Number.isNaN(deadline)) return 'closed';
  if (at.getTime() < opens) return 'upcoming';
  return at.getTime() <= deadline ? 'open' : 'closed';
}
