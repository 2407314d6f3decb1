/**
 * "Now" for the CMS's date-dependent work: the demo city is planned from the day it is seeded.
 * HUB_CLOCK (tests and demos only) fixes that instant, so a test stack's seed and its site
 * agree on "today" whatever day or hour the tests run; otherwise it is the real time.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

export function now(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.HUB_CLOCK;
  if (!fixed) return new Date();
  const instant = new Date(fixed);
  const day = fixed.slice(0, 10);
  // Without an offset the instant would depend on the machine's time zone; Date itself would
  // turn 30 February into 2 March.
  if (!INSTANT.test(fixed) || Number.isNaN(instant.getTime()) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new Error(`HUB_CLOCK=${fixed} is not an ISO 8601 instant with an offset, such as 2026-03-14T09:00:00+01:00`);
  }
  return instant;
}
