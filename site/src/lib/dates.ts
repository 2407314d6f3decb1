import { TZDate } from '@date-fns/tz';

/**
 * Calendar days in Tétouan. Events are planned in local time and stored as UTC instants, and
 * Morocco moves its clocks back to UTC+0 for Ramadan and forward to UTC+1 after it, so a day
 * there lasts 23, 24 or 25 hours: these helpers leave that to the time-zone database.
 */
export const TIME_ZONE = 'Africa/Casablanca';

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The calendar date (YYYY-MM-DD) of an instant in Tétouan. */
export function localDate(instant: Date): string {
  const t = new TZDate(instant.getTime(), TIME_ZONE);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** The UTC instant at which a calendar day (YYYY-MM-DD) begins in Tétouan. */
export function startOfLocalDay(date: string): Date {
  const [y, m, d] = parts(date);
  // A plain Date: a TZDate would print its ISO string with the local offset, not in UTC.
  return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
}

/** The first instant after a calendar day ends in Tétouan. */
export function endOfLocalDay(date: string): Date {
  return startOfLocalDay(addDays(date, 1));
}

/**
 * A calendar date `days` later (or earlier). Counted in dates, not in 24-hour steps: across a
 * clock change, "now plus six times 24 hours" can land on the fifth day.
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
