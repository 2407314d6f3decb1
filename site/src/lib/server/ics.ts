import { TZDate } from '@date-fns/tz';
import { createEvents, type EventAttributes } from 'ics';
import { TIME_ZONE } from '$lib/dates';
import type { Locale } from '$lib/i18n';
import type { EventCard, EventPage, SeriesCalendar } from '$lib/view-models';

const PRODUCT_ID = '-//Tetouan inclusion hub//Events//AR-FR';

const utcParts = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

// C0 and C1 controls (NEL among them) and DEL, except the line feed that multi-line texts keep.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Editor-written text made safe for a content line: a lone carriage return (or any other control
 * character) would end the line early and let the rest be read as a property of its own.
 */
export function icsText(text: string | null | undefined, { multiline = false } = {}): string {
  const lines = (text ?? '').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(CONTROLS, '');
  return multiline ? lines : lines.replace(/\n+/g, ' ').trim();
}

/**
 * A series is written in Tétouan's wall-clock time, so calendars keep "every Saturday at 10:00"
 * at 10:00 when Morocco moves its clocks for Ramadan; a UTC rule would drift by an hour. The ics
 * library writes such times without a zone ("floating"), and `withTimeZone` names the zone.
 */
const WALL = 'T\\d{6}';
const wallTime = (iso: string) => {
  const t = new TZDate(new Date(iso).getTime(), TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}${p(t.getMonth() + 1)}${p(t.getDate())}T${p(t.getHours())}${p(t.getMinutes())}${p(t.getSeconds())}`;
};

/** The wall-clock start a series gives a date (YYYY-MM-DD): the first date's time of day on that day. */
function ruleStart(calendar: SeriesCalendar, date: string) {
  return `${date.replaceAll('-', '')}${wallTime(calendar.firstStartsAt).slice(8)}`;
}

function seriesAttributes(calendar: SeriesCalendar): Partial<EventAttributes> {
  const excluded = calendar.changes.map((c) => ruleStart(calendar, c.date));
  return {
    start: wallTime(calendar.firstStartsAt),
    startInputType: 'local',
    startOutputType: 'local',
    end: wallTime(calendar.firstEndsAt),
    endInputType: 'local',
    endOutputType: 'local',
    recurrenceRule: calendar.rule,
    ...(excluded.length ? { exclusionDates: excluded } : {}),
  };
}

function withTimeZone(text: string): string {
  return text.replace(new RegExp(`^(DTSTART|DTEND|EXDATE):(\\d{8}${WALL}(?:,\\d{8}${WALL})*)\r$`, 'gm'), `$1;TZID=${TIME_ZONE}:$2\r`);
}

function toIcsEvents(e: EventCard | EventPage, origin: string, locale: Locale): EventAttributes[] {
  const main = toIcsEvent(e, origin, locale);
  if (!e.calendar) return [main];
  const series = { ...main, ...seriesAttributes(e.calendar) } as EventAttributes;
  // A moved date leaves the rule (EXDATE above) and stands as an event of its own on its new day.
  const moved = e.calendar.changes.flatMap((c) =>
    c.change === 'moved' && c.startsAt && c.endsAt
      ? [{ ...main, uid: `${e.slug}-${c.date}@tetouan-hub`, start: utcParts(c.startsAt), end: utcParts(c.endsAt) } as EventAttributes]
      : [],
  );
  return [series, ...moved];
}

function toIcsEvent(e: EventCard | EventPage, origin: string, locale: Locale): EventAttributes {
  const url = `${origin}/${locale}/events/${e.slug}`;
  const detail = 'description' in e ? e.description : '';
  return {
    uid: `${e.slug}@tetouan-hub`,
    start: utcParts(e.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(e.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: icsText(e.title),
    description: [e.summary, detail, e.statusNote]
      .map((t) => icsText(t, { multiline: true }))
      .concat(url)
      .filter(Boolean)
      .join('\n\n'),
    location: [e.venue, e.neighbourhood?.name, 'Tétouan']
      .map((t) => icsText(t))
      .filter(Boolean)
      .join(', '),
    ...(e.point ? { geo: { lat: e.point.lat, lon: e.point.lng } } : {}),
    url,
    status: e.status === 'cancelled' ? 'CANCELLED' : e.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    categories: [e.domain, e.category],
    productId: PRODUCT_ID,
  };
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines are folded at 75 octets. The ics library counts characters, so Arabic
 * lines came out near 120 octets; unfold and fold again by octets, never inside a character.
 */
export function foldOctets(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      let out = '';
      let used = 0;
      let limit = 75;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        if (used + size > limit) {
          out += '\r\n ';
          used = 1;
          limit = 75;
        }
        out += ch;
        used += size;
      }
      return out;
    })
    .join('\r\n');
}

/** An RFC 5545 calendar of one or more events; throws if the library refuses an event. */
export function calendarOf(events: (EventCard | EventPage)[], origin: string, locale: Locale, name?: string): string {
  const { error, value } = createEvents(
    events.flatMap((e) => toIcsEvents(e, origin, locale)),
    {
      productId: PRODUCT_ID,
      method: 'PUBLISH',
      ...(name ? { calName: name } : {}),
    },
  );
  if (error || !value) throw error ?? new Error('Calendar could not be built');
  return foldOctets(withTimeZone(value.replace(/\r\n[ \t]/g, '')));
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'public, max-age=60',
    },
  });
}
