import { TZDate } from '@date-fns/tz';
import { formatTime, intlLocale, joinPhrases, type Locale } from '$lib/i18n';
import { TIME_ZONE } from '$lib/dates';
import { m } from '$lib/paraglide/messages';

/**
 * How an activity repeats, in the words of the page's language: "Chaque samedi, de 10:00 à 12:00,
 * jusqu'au 28 mars 2027" / "كل يوم السبت، من 10:00 إلى 12:00، حتى 28 مارس 2027". The CMS keeps the
 * editor's fields (cms/src/components/event/series.json) and the RFC 5545 rule derived from them;
 * the words come from the fields, which say in plain terms what the rule encodes.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

export interface CmsSeries extends Record<Weekday, boolean | null> {
  frequency: 'weekly' | 'monthly' | 'daily';
  interval: number | null;
  weekOfMonth: WeekOfMonth | null;
  until: string | null;
  count: number | null;
}

/** What a page needs to say how an event repeats. */
export interface Repetition {
  frequency: CmsSeries['frequency'];
  interval: number;
  /** Weekly: the days; monthly: the one day of the week. */
  days: Weekday[];
  weekOfMonth: WeekOfMonth | null;
  /** The first date's times, which every date keeps unless moved. */
  startsAt: string;
  endsAt: string;
  /** When the last date ends. */
  lastEndsAt: string | null;
}

const wall = (iso: string) => new TZDate(new Date(iso).getTime(), TIME_ZONE);
const weekdayOf = (iso: string): Weekday => WEEKDAYS[(wall(iso).getDay() + 6) % 7];

/** Which week of its month a date is in, as the CMS reads it for a monthly series with none given. */
function weekOfMonthOf(iso: string): WeekOfMonth {
  const n = Math.ceil(wall(iso).getDate() / 7);
  return n >= 5 ? 'last' : WEEKS_OF_MONTH[n - 1];
}

export function repetitionOf(series: CmsSeries | null, startsAt: string, endsAt: string, lastEndsAt: string | null): Repetition | null {
  if (!series) return null;
  const ticked = WEEKDAYS.filter((d) => series[d] === true);
  return {
    frequency: series.frequency,
    interval: Math.max(1, series.interval ?? 1),
    days: series.frequency === 'weekly' && ticked.length ? ticked : [weekdayOf(startsAt)],
    weekOfMonth: series.frequency === 'monthly' ? (series.weekOfMonth ?? weekOfMonthOf(startsAt)) : null,
    startsAt,
    endsAt,
    lastEndsAt,
  };
}

// 1 January 2024 was a Monday: the names of the days as the locale writes them after "every".
const dayName = (day: Weekday, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))),
  );

const ORDINAL: Record<WeekOfMonth, typeof m.repeat_week_first> = {
  first: m.repeat_week_first,
  second: m.repeat_week_second,
  third: m.repeat_week_third,
  fourth: m.repeat_week_fourth,
  last: m.repeat_week_last,
};

function dayMonthYear(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** "Every Saturday", "Every other week, on Wednesday and Saturday", "The first Saturday of the month"… */
export function repetitionRule(r: Repetition, locale: Locale): string {
  const days = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(r.days.map((d) => dayName(d, locale)));
  const n = String(r.interval);
  if (r.frequency === 'daily') return r.interval === 1 ? m.repeat_daily({}, { locale }) : m.repeat_daily_every({ n }, { locale });
  if (r.frequency === 'monthly') {
    const nth = ORDINAL[r.weekOfMonth ?? 'first']({}, { locale });
    return r.interval === 1 ? m.repeat_monthly({ nth, day: days }, { locale }) : m.repeat_monthly_every({ nth, day: days, n }, { locale });
  }
  if (r.interval === 1) return m.repeat_weekly({ days }, { locale });
  if (r.interval === 2) return m.repeat_weekly_other({ days }, { locale });
  return m.repeat_weekly_every({ days, n }, { locale });
}

/** The whole sentence: the rule, the hours, and the last day. */
export function describeRepetition(r: Repetition, locale: Locale): string {
  const parts = [
    repetitionRule(r, locale),
    m.repeat_hours({ start: formatTime(r.startsAt, locale), end: formatTime(r.endsAt, locale) }, { locale }),
  ];
  if (r.lastEndsAt) parts.push(m.repeat_until({ date: dayMonthYear(r.lastEndsAt, locale) }, { locale }));
  return joinPhrases(parts, locale);
}
