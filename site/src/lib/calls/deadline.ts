import { addDays, localDate } from '$lib/dates';
import { formatDate, formatTime, intlLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { CallSummary } from './view-models';

/**
 * Whole calendar days in Tétouan from one instant's date to another's: a deadline at 23:59
 * tomorrow is "tomorrow" at 08:00 today, whatever the hours between. Counted by dates, not in
 * 24-hour steps, because a day in Morocco lasts 23, 24 or 25 hours across a clock change.
 */
export function daysBetween(from: Date, to: Date): number {
  const a = localDate(from);
  const b = localDate(to);
  let days = 0;
  // At most a few hundred steps: a call is open for weeks, announced months ahead at most.
  if (a <= b) while (addDays(a, days) < b) days++;
  else while (addDays(a, days) > b) days--;
  return days;
}

/**
 * "5 days", "يومين", "11 يومًا": the number of days with the noun in the form the language
 * needs. Arabic has six plural forms (Intl.PluralRules picks one); each locale's messages carry
 * every form, and the ones a language never uses are still correct sentences.
 */
export function dayCount(count: number, locale: Locale): string {
  const form = new Intl.PluralRules(intlLocale(locale)).select(count);
  const n = String(count);
  switch (form) {
    case 'one':
      return count === 1 ? m.days_one({}, { locale }) : m.days_other({ count: n }, { locale });
    case 'two':
      return m.days_two({}, { locale });
    case 'few':
      return m.days_few({ count: n }, { locale });
    case 'many':
      return m.days_many({ count: n }, { locale });
    default:
      return m.days_other({ count: n }, { locale });
  }
}

/**
 * When a call opens or closes, in plain words, from the hub's "now": "closes in 5 days",
 * "closes today at 23:59", "opened in 3 days", "closed on Monday 2 March 2026". A cancelled or
 * decided call says so instead of a date.
 */
export function deadlineWords(call: Pick<CallSummary, 'opensAt' | 'deadline' | 'phase' | 'state'>, now: Date, locale: Locale): string {
  if (call.state === 'cancelled') return m.call_state_cancelled({}, { locale });
  if (call.phase === 'upcoming') {
    const days = daysBetween(now, new Date(call.opensAt));
    const time = formatTime(call.opensAt, locale);
    if (days <= 0) return m.call_opens_today({ time }, { locale });
    if (days === 1) return m.call_opens_tomorrow({ time }, { locale });
    return m.call_opens_in({ days: dayCount(days, locale) }, { locale });
  }
  if (call.phase === 'open') {
    const days = daysBetween(now, new Date(call.deadline));
    const time = formatTime(call.deadline, locale);
    if (days <= 0) return m.call_closes_today({ time }, { locale });
    if (days === 1) return m.call_closes_tomorrow({ time }, { locale });
    return m.call_closes_in({ days: dayCount(days, locale) }, { locale });
  }
  return m.call_closed_on({ date: formatDate(call.deadline, locale) }, { locale });
}
