/** Shared test data. */

const DAY = 86_400_000;

/**
 * The data of a complete, publishable event: tomorrow for two hours, free, open to everyone,
 * no registration. Tests override what they are about.
 */
export function eventData(slug: string, title: string, patch: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + DAY);
  return {
    slug,
    title,
    summary: `${title}: summary`,
    domain: 'sport',
    category: 'football',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    eventStatus: 'scheduled',
    isFree: true,
    audience: { everyone: true },
    accessibility: { wheelchair: true },
    registration: { mode: 'none' },
    ...patch,
  };
}
