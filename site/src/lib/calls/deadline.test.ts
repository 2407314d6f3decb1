import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '$lib/dates';
import { dayCount, daysBetween, deadlineWords } from './deadline';

/** An instant at hh:mm in Tétouan on a calendar date, whatever the offset of that day. */
const at = (date: string, hh: number, mm = 0) => new Date(startOfLocalDay(date).getTime() + (hh * 60 + mm) * 60_000);
const NOW = at('2026-05-04', 9);
const open = (deadline: Date) => ({
  opensAt: at('2026-04-01', 9).toISOString(),
  deadline: deadline.toISOString(),
  phase: 'open' as const,
  state: 'scheduled' as const,
});

describe('a deadline in plain words', () => {
  it('counts calendar days in Tétouan, not 24-hour steps', () => {
    expect(daysBetween(at('2026-05-04', 23, 30), at('2026-05-05', 0, 30))).toBe(1);
    expect(daysBetween(at('2026-05-04', 0, 10), at('2026-05-04', 23, 50))).toBe(0);
    expect(daysBetween(at('2026-05-09', 8), at('2026-05-04', 8))).toBe(-5);
    // Across the end of Ramadan's UTC+0 (2026-03-22 back to UTC+1): still whole days.
    expect(daysBetween(at('2026-03-18', 12), at('2026-03-25', 12))).toBe(7);
  });

  it('says "closes in 5 days" in French and Arabic', () => {
    const call = open(at('2026-05-09', 23, 59));
    expect(deadlineWords(call, NOW, 'fr')).toBe('Ferme dans 5 jours');
    expect(deadlineWords(call, NOW, 'ar')).toBe('يُغلق بعد 5 أيام');
  });

  it('uses the Arabic plural forms: two, few (3-10), many (11-99), other (100+)', () => {
    expect(deadlineWords(open(at('2026-05-06', 18)), NOW, 'ar')).toBe('يُغلق بعد يومين');
    expect(deadlineWords(open(at('2026-05-14', 18)), NOW, 'ar')).toBe('يُغلق بعد 10 أيام');
    expect(deadlineWords(open(at('2026-05-15', 18)), NOW, 'ar')).toBe('يُغلق بعد 11 يومًا');
    expect(dayCount(100, 'ar')).toBe('100 يوم');
    expect(dayCount(103, 'ar')).toBe('103 أيام');
    expect(dayCount(2, 'fr')).toBe('2 jours');
    expect(dayCount(1, 'fr')).toBe('un jour');
  });

  it('says today and tomorrow with the hour, in Tétouan time', () => {
    expect(deadlineWords(open(at('2026-05-04', 23, 59)), NOW, 'fr')).toBe('Ferme aujourd’hui à 23:59');
    expect(deadlineWords(open(at('2026-05-05', 12)), NOW, 'fr')).toBe('Ferme demain à 12:00');
    expect(deadlineWords(open(at('2026-05-05', 12)), NOW, 'ar')).toMatch(/^يُغلق غدًا على الساعة 12:00$/);
  });

  it('says when an upcoming call opens, when a closed one closed, and that a cancelled one is cancelled', () => {
    const upcoming = {
      opensAt: at('2026-05-07', 9).toISOString(),
      deadline: at('2026-06-01', 23).toISOString(),
      phase: 'upcoming' as const,
      state: 'scheduled' as const,
    };
    expect(deadlineWords(upcoming, NOW, 'fr')).toBe('Ouvre dans 3 jours');
    expect(deadlineWords(upcoming, NOW, 'ar')).toBe('يُفتح بعد 3 أيام');
    const closed = { ...upcoming, deadline: at('2026-04-30', 23, 59).toISOString(), phase: 'closed' as const };
    expect(deadlineWords(closed, NOW, 'fr')).toBe('Clos le jeudi 30 avril 2026');
    expect(deadlineWords({ ...closed, state: 'cancelled' }, NOW, 'ar')).toBe('طلب ملغى');
  });
});
