import { TZDate } from '@date-fns/tz';

/**
 * The commune's time zone: events are planned in local time, stored as UTC instants. Morocco
 * moves its clocks back to UTC+0 for Ramadan and forward after it; the time-zone database
 * knows when, so no offset is written here.
 */
export const TIME_ZONE = 'Africa/Casablanca';

/** The UTC instant of a wall-clock time in Tétouan; a day past the month's end rolls over. */
export function localToUtc(year: number, month: number, day: number, hour: number, minute = 0): Date {
  // A plain Date: a TZDate would print its ISO string with the local offset, not in UTC.
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}

/** The date in Tétouan at an instant, as year, month and day. */
export function localToday(now: Date): { year: number; month: number; day: number } {
  const local = new TZDate(now.getTime(), TIME_ZONE);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** The date in Tétouan at an instant, as YYYY-MM-DD (a UTC date can be the day before). */
export function localDate(instant: Date): string {
  const { year, month, day } = localToday(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
