import type { Locale } from '$lib/i18n';
import type { EventPage } from '$lib/view-models';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

/** schema.org Event, serialised so that it can sit inside a <script> element without closing it. */
export function eventJsonLd(e: EventPage, url: string, locale: Locale): string {
  // A series is announced by its next date that takes place.
  const next = e.repeats ? e.upcoming.find((o) => o.change !== 'cancelled') : undefined;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    startDate: next?.startsAt ?? e.startsAt,
    endDate: next?.endsAt ?? e.endsAt,
    eventStatus: STATUS[e.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: locale,
    url,
    isAccessibleForFree: e.isFree,
    location: {
      '@type': 'Place',
      name: e.venue,
      address: { '@type': 'PostalAddress', streetAddress: e.address, addressLocality: 'Tétouan', addressCountry: 'MA' },
      ...(e.point ? { geo: { '@type': 'GeoCoordinates', latitude: e.point.lat, longitude: e.point.lng } } : {}),
    },
    organizer: e.organisers.map((o) => ({ '@type': 'Organization', name: o.name })),
    offers: {
      '@type': 'Offer',
      price: e.isFree ? 0 : (e.priceMad ?? 0),
      priceCurrency: 'MAD',
      url,
      availability: e.status === 'cancelled' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    },
    ...(e.ageMin != null ? { typicalAgeRange: e.ageMax != null ? `${e.ageMin}-${e.ageMax}` : `${e.ageMin}-` } : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
