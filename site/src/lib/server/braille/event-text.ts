import { accessLabel, categoryLabel } from '$lib/events/labels';
import { describeRepetition } from '$lib/events/repetition';
import { formatDateTime, formatNumber, formatRange, joinPhrases, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { EventPage } from '$lib/view-models';
import type { PrintDocument } from './index';

/**
 * An event's main text as a braille reader gets it: the same facts as the page, in the page's
 * order, each as a short paragraph that starts with what it is ("When: …"), since a braille page
 * has no layout to tell a date from a place. Links become their text; nothing is left out that
 * the page says in words.
 */
export function eventPrintText(e: EventPage, locale: Locale): PrintDocument {
  // Messages follow the request's locale (paraglideMiddleware); `o` says it where a helper asks.
  const o = { locale };
  const said = (label: string, value: string) => (value ? m.label_value({ label, value }, o) : '');
  const when = e.repeats ? describeRepetition(e.repeats, locale) : m.event_starts_ends(formatRange(e.startsAt, e.endsAt, locale), o);
  const next = e.repeats
    ? e.upcoming.slice(0, 6).map((d) => {
        const r = formatRange(d.startsAt, d.endsAt, locale);
        const change = d.change === 'cancelled' ? m.occurrence_cancelled({}, o) : d.change === 'moved' ? m.occurrence_moved({}, o) : '';
        return joinPhrases([m.event_starts_ends(r, o), change].filter(Boolean), locale);
      })
    : [];
  const registration =
    e.registration.mode === 'none'
      ? m.registration_none({}, o)
      : e.registration.mode === 'phone' && e.registration.phone
        ? `${m.registration_phone({}, o)} ${e.registration.phone}`
        : e.registration.mode === 'external' && e.registration.url
          ? `${m.registration_external({}, o)} ${e.registration.url}`
          : m.registration_hub({}, o);
  const status =
    e.status === 'cancelled' ? m.event_status_cancelled({}, o) : e.status === 'postponed' ? m.event_status_postponed({}, o) : '';
  return {
    locale,
    title: e.title,
    paragraphs: [
      status ? joinPhrases([`${m.event_status_label({}, o)} ${status}`, e.statusNote].filter(Boolean), locale) : '',
      e.summary,
      said(m.event_when({}, o), when),
      ...next.map((d) => `- ${d}`),
      said(m.event_where({}, o), joinPhrases([e.venue, e.address, e.neighbourhood?.name ?? ''].filter(Boolean), locale)),
      said(
        m.event_price({}, o),
        e.isFree ? m.event_free({}, o) : m.event_price_value({ amount: formatNumber(e.priceMad ?? 0, locale) }, o),
      ),
      said(
        m.event_registration({}, o),
        joinPhrases(
          [
            registration,
            e.registration.closesAt ? m.registration_closes({ date: formatDateTime(e.registration.closesAt, locale) }, o) : '',
          ].filter(Boolean),
          locale,
        ),
      ),
      said(
        m.event_organisers({}, o),
        joinPhrases(
          e.organisers.map((x) => x.name),
          locale,
        ),
      ),
      said(categoryLabel[e.domain](), categoryLabel[e.category]()),
      said(
        m.event_accessibility({}, o),
        e.access.length
          ? joinPhrases(
              e.access.map((a) => accessLabel[a]()),
              locale,
            )
          : m.event_accessibility_none({}, o),
      ),
      e.accessibilityNotes,
      ...e.description.split(/\n\s*\n/),
    ].filter((p) => p.trim() !== ''),
  };
}
