/**
 * The instant the test stack takes as "now" (HUB_CLOCK, for the CMS's seed, the site and the
 * browser tests): 09:00 in Tétouan on the 15th of the current month. Mid-month, the journey's
 * "from today to the end of this month" holds the seeded event half an hour later plus half a
 * month of others, and 09:00 is far from midnight, so "later today" is always the same day.
 * It stays in the current month so that what the CMS stamps with the real time (publication,
 * tokens) is never months away from it.
 *
 * The library is loaded when called, not when this file is: `npm test` reads this file before it
 * has installed the dependencies of a fresh clone.
 */
export async function testClock(real = new Date()) {
  const { TZDate } = await import('@date-fns/tz');
  const zone = 'Africa/Casablanca';
  const today = new TZDate(real.getTime(), zone);
  return new TZDate(today.getFullYear(), today.getMonth(), 15, 9, 0, zone).toISOString();
}
