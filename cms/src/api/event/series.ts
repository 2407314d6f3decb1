import { TZDate } from '@date-fns/tz';
import { RRule, Weekday, type Options } from 'rrule';
import { TIME_ZONE } from '../../time';

/**
 * Repeating activities. An editor describes the repetition in plain fields (the `event.series`
 * component) and its exceptions (`event.series-change`); this module turns them into an RFC 5545
 * rule with the rrule library and into dated occurrences.
 *
 * The rule is expanded in Tétouan's wall-clock time, not in UTC: "every Saturday at 10:00" stays
 * at 10:00 when Morocco moves its clocks for Ramadan. rrule works on "floating" dates whose UTC
 * fields hold the local time; `toWall` and `fromWall` cross between those and real instants.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];
export const WEEKS_OF_MONTH = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;
export type WeekOfMonth = keyof typeof WEEKS_OF_MONTH;

export interface Series extends Partial<Record<WeekdayName, boolean | null>> {
  frequency?: 'daily' | 'weekly' | 'monthly' | null;
  interval?: number | null;
  weekOfMonth?: WeekOfMonth | null;
  /** The last day the activity may take place, in Tétouan (YYYY-MM-DD). */
  until?: string | null;
  count?: number | null;
}

export interface SeriesChange {
  /** The day (YYYY-MM-DD, Tétouan) of the occurrence the change is about, as the rule gives it. */
  date?: string | null;
  change?: 'cancelled' | 'moved' | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

export interface Occurrence {
  startsAt: string;
  endsAt: string;
  /** The day the rule gives this occurrence, which identifies it even when it is moved. */
  date: string;
  change: 'cancelled' | 'moved' | null;
}

export interface Schedule {
  startsAt?: string | null;
  endsAt?: string | null;
  series?: Series | null;
  seriesChanges?: SeriesChange[] | null;
}

/** A series spans at most this long and this many dates: a season, not forever. */
export const MAX_SPAN_DAYS = 731;
export const MAX_OCCURRENCES = 400;

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const FREQUENCIES = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const;

export function toWall(instant: Date): Date {
  const t = new TZDate(instant.getTime(), TIME_ZONE);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()));
}

export function fromWall(wall: Date): Date {
  return new Date(
    new TZDate(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      TIME_ZONE,
    ).getTime(),
  );
}

const wallDate = (wall: Date) => wall.toISOString().slice(0, 10);
const mondayFirst = (wall: Date) => (wall.getUTCDay() + 6) % 7;

/** Which week of its month a day falls in, as a monthly rule names it: a fifth one is the last. */
export function weekOfMonthOf(wall: Date): WeekOfMonth {
  const n = Math.ceil(wall.getUTCDate() / 7);
  return n >= 5 ? 'last' : (['first', 'second', 'third', 'fourth'] as const)[n - 1];
}

/** The days a weekly series falls on: those ticked, or the first date's own. */
export function weekdaysOf(series: Series, firstWall: Date): WeekdayName[] {
  const ticked = WEEKDAYS.filter((d) => series[d] === true);
  return ticked.length ? ticked : [WEEKDAYS[mondayFirst(firstWall)]];
}

function ruleOptions(series: Series, firstWall: Date, { withEnd = true } = {}): Partial<Options> {
  const frequency = series.frequency ?? 'weekly';
  const options: Partial<Options> = { freq: FREQUENCIES[frequency], interval: Math.max(1, series.interval ?? 1), wkst: RRule.MO };
  if (frequency === 'weekly') {
    options.byweekday = weekdaysOf(series, firstWall).map((d) => RRULE_DAYS[WEEKDAYS.indexOf(d)]);
  } else if (frequency === 'monthly') {
    const week = series.weekOfMonth ?? weekOfMonthOf(firstWall);
    options.byweekday = [new Weekday(mondayFirst(firstWall), WEEKS_OF_MONTH[week])];
  }
  if (withEnd && series.count) options.count = series.count;
  else if (withEnd && series.until) options.until = new Date(`${series.until}T23:59:59Z`);
  return options;
}

/** The instants of a series, capped so that a series with no end, still a draft, stays finite. */
function wallStarts(series: Series, firstWall: Date): Date[] {
  const rule = new RRule({ ...ruleOptions(series, firstWall), dtstart: firstWall });
  const horizon = new Date(firstWall.getTime() + MAX_SPAN_DAYS * 86400_000);
  return rule.between(firstWall, horizon, true, (_, i) => i < MAX_OCCURRENCES + 1);
}

/**
 * The RFC 5545 rule of a series, for calendar files: without DTSTART (the event's start is), and
 * with UNTIL as a UTC instant, as RFC 5545 asks when the start carries a time zone.
 */
export function recurrenceRule(schedule: Schedule): string | null {
  const { series, startsAt } = schedule;
  if (!series || !startsAt) return null;
  const options = ruleOptions(series, toWall(new Date(startsAt)), { withEnd: false });
  if (series.count) options.count = series.count;
  else if (series.until) options.until = fromWall(new Date(`${series.until}T23:59:59Z`));
  return RRule.optionsToString(options).replace(/^RRULE:/, '');
}

/** Every occurrence of an event: one for a single activity, each date of a series with its changes applied. */
export function occurrencesOf(schedule: Schedule): Occurrence[] {
  const { startsAt, endsAt } = schedule;
  if (!startsAt || !endsAt) return [];
  const first = new Date(startsAt);
  const firstWall = toWall(first);
  const length = toWall(new Date(endsAt)).getTime() - firstWall.getTime();
  if (!schedule.series)
    return [{ startsAt: first.toISOString(), endsAt: new Date(endsAt).toISOString(), date: wallDate(firstWall), change: null }];
  const changes = new Map((schedule.seriesChanges ?? []).filter((c) => c.date).map((c) => [c.date!, c]));
  return wallStarts(schedule.series, firstWall).map((wall) => {
    const date = wallDate(wall);
    const change = changes.get(date);
    if (change?.change === 'moved' && change.startsAt && change.endsAt) {
      return { startsAt: new Date(change.startsAt).toISOString(), endsAt: new Date(change.endsAt).toISOString(), date, change: 'moved' };
    }
    return {
      startsAt: fromWall(wall).toISOString(),
      endsAt: fromWall(new Date(wall.getTime() + length)).toISOString(),
      date,
      change: change?.change === 'cancelled' ? 'cancelled' : null,
    };
  });
}

/** The occurrences that are not over at `from` and begin before `to`. */
export function occurrencesBetween(schedule: Schedule, from: Date, to?: Date): Occurrence[] {
  return occurrencesOf(schedule).filter((o) => new Date(o.endsAt) > from && (!to || new Date(o.startsAt) < to));
}

/** The end of an event's last occurrence: the CMS filters "still to come" on it. */
export function seriesEnd(schedule: Schedule): string | null {
  const all = occurrencesOf(schedule);
  if (!all.length) return schedule.endsAt ? new Date(schedule.endsAt).toISOString() : null;
  return all.reduce((last, o) => (o.endsAt > last ? o.endsAt : last), all[0].endsAt);
}

export interface SeriesFacts {
  /** The days the rule gives, before changes, as YYYY-MM-DD. */
  dates: string[];
  /** Whether the first date is one the rule gives. */
  startsOnRule: boolean;
  /** Whether the rule gives more dates than allowed, or runs past the allowed span. */
  tooLong: boolean;
}

/** What the validation rules need to know about a series, computed once. */
export function seriesFacts(series: Series, startsAt: string): SeriesFacts {
  const firstWall = toWall(new Date(startsAt));
  const starts = wallStarts(series, firstWall);
  const lastAllowed = new Date(firstWall.getTime() + MAX_SPAN_DAYS * 86400_000);
  const runsPast = !!series.until && new Date(`${series.until}T00:00:00Z`) > lastAllowed;
  return {
    dates: starts.map(wallDate),
    startsOnRule: starts.length > 0 && starts[0].getTime() === firstWall.getTime(),
    tooLong: starts.length > MAX_OCCURRENCES || runsPast,
  };
}
