import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { planEvents } from './plan';
import { TIME_ZONE } from '../time';

// Seeded five days before the clocks go back for Ramadan 2026: the 90 days span both changes.
const now = new Date('2026-02-10T09:00:00+01:00');
const local = (d: Date) => new TZDate(d.getTime(), TIME_ZONE);

describe('the demo events, planned from a fixed day', () => {
  const events = planEvents(now);

  it('starts the first one, in Kouilma, later that day', () => {
    const first = events[0];
    expect(first.slug).toBe('adapted-sport-day-kouilma');
    expect(first.startsAt.toISOString()).toBe('2026-02-10T08:30:00.000Z');
  });

  it('keeps every other event at one of its planned local hours, before, during and after Ramadan', () => {
    const byOffset = new Map<number, number>();
    for (const e of events.slice(1)) {
      const start = local(e.startsAt);
      expect(e.template.hours, e.slug).toContain(start.getHours());
      byOffset.set(start.getTimezoneOffset(), (byOffset.get(start.getTimezoneOffset()) ?? 0) + 1);
    }
    // Both UTC+1 (offset -60) and UTC+0 (offset 0) are exercised.
    expect([...byOffset.keys()].sort()).toEqual([-60, 0]);
  });

  it('spreads them over the 90 days from that day', () => {
    for (const e of events) {
      expect(e.startsAt.getTime(), e.slug).toBeGreaterThanOrEqual(now.getTime());
      expect(e.startsAt.getTime(), e.slug).toBeLessThan(now.getTime() + 91 * 86400_000);
      expect(e.endsAt.getTime(), e.slug).toBeGreaterThan(e.startsAt.getTime());
    }
  });

  it('plans the same city from the same day', () => {
    expect(planEvents(now).map((e) => [e.slug, e.startsAt.toISOString()])).toEqual(events.map((e) => [e.slug, e.startsAt.toISOString()]));
  });
});
