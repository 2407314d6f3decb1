import { siteEnv } from './env';

/**
 * "Now" for everything that depends on the date: which events have ended, this week on the
 * home page, calendar feeds. HUB_CLOCK (tests and demos only) stops it at one instant, so the
 * CMS's seed and the pages agree on "today" whatever day or hour a test runs; otherwise it is
 * the real time. Durations (cache lifetimes, time-outs) keep the real clock.
 */
export function now(): Date {
  const fixed = siteEnv().HUB_CLOCK;
  return fixed ? new Date(fixed) : new Date();
}
