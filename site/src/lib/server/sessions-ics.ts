import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '$lib/i18n';
import type { BodyPage } from '$lib/plans/view-models';
import { foldOctets, icsText } from './ics';

const PRODUCT_ID = '-//Tetouan inclusion hub//Consultative bodies//AR-FR';
const utcParts = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/**
 * A body's sessions as a subscribable RFC 5545 calendar: one event per session, with its agenda,
 * at the body's page. A session with no end lasts two hours. Texts go through the same cleaning
 * and octet folding as the events' calendars (ics.ts).
 */
export function sessionsCalendar(body: BodyPage, origin: string, locale: Locale): string {
  const url = `${origin}/${locale}/bodies/${body.slug}`;
  const events: EventAttributes[] = body.sessions.map((s) => ({
    uid: `session-${s.slug}@tetouan-hub`,
    title: icsText(s.title),
    description: icsText([s.agenda, s.minutes].filter(Boolean).join('\n\n'), { multiline: true }),
    ...(s.place ? { location: icsText(s.place) } : {}),
    start: utcParts(s.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(s.endsAt ?? new Date(new Date(s.startsAt).getTime() + 2 * 3_600_000).toISOString()),
    endInputType: 'utc',
    endOutputType: 'utc',
    url,
    organizer: { name: icsText(body.name) },
    status: 'CONFIRMED',
    productId: PRODUCT_ID,
  }));
  if (!events.length) {
    return foldOctets(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${PRODUCT_ID}\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:${icsText(body.name)}\r\nEND:VCALENDAR\r\n`,
    );
  }
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: icsText(body.name) });
  if (error || !value) throw error ?? new Error('Calendar could not be built');
  return foldOctets(value.replace(/\r\n[ \t]/g, ''));
}
