import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '$lib/i18n';
import type { EventCard, EventPage } from '$lib/view-models';

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
    events.map((e) => toIcsEvent(e, origin, locale)),
    {
      productId: PRODUCT_ID,
      method: 'PUBLISH',
      ...(name ? { calName: name } : {}),
    },
  );
  if (error || !value) throw error ?? new Error('Calendar could not be built');
  return foldOctets(value);
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
