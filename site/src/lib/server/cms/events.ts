import type { Locale } from '$lib/i18n';
import { endOfLocalDay, startOfLocalDay } from '$lib/dates';
import * as clock from '$lib/server/clock';
import { EMPTY_FILTERS, type EventFilters } from '$lib/events/filters';
import { ACCESS_OFFERS, AUDIENCES, isDomain, type AccessOffer, type Audience } from '$lib/events/vocabulary';
import type { EventCard, EventPage, MapPoint, Paged } from '$lib/view-models';
import { allPages, cmsGet } from './client';
import { mediaUrl } from './media';
import type { QueryValue } from './query';
import { eventDetail, eventSummary, listOf, oneOf, type CmsEventDetail, type CmsEventSummary } from './schemas';

export const PAGE_SIZE = 12;
const MAP_LIMIT = 300;

/** The CMS filter for a set of list filters; events that have ended are left out unless asked for by date. */
export function eventQueryFilters(f: EventFilters, now = clock.now()): QueryValue {
  const and: QueryValue[] = [];
  and.push({ endsAt: { $gte: (f.from ? startOfLocalDay(f.from) : now).toISOString() } });
  if (f.to) and.push({ startsAt: { $lt: endOfLocalDay(f.to).toISOString() } });
  if (f.neighbourhood) and.push({ venue: { neighbourhood: { slug: { $eq: f.neighbourhood } } } });
  if (f.category) {
    and.push(isDomain(f.category) ? { domain: { $eq: f.category } } : { category: { $eq: f.category } });
  }
  if (f.audience) and.push({ audience: { [AUDIENCES[f.audience]]: { $eq: true } } });
  for (const offer of f.access) and.push({ accessibility: { [ACCESS_OFFERS[offer]]: { $eq: true } } });
  if (f.free) and.push({ isFree: { $eq: true } });
  return { $and: and };
}

function accessOf(e: CmsEventSummary): AccessOffer[] {
  const a = e.accessibility;
  if (!a) return [];
  return (Object.entries(ACCESS_OFFERS) as [AccessOffer, keyof typeof a][]).filter(([, field]) => a[field] === true).map(([slug]) => slug);
}

function audiencesOf(e: CmsEventSummary): Audience[] {
  const a = e.audience;
  if (!a) return [];
  return (Object.entries(AUDIENCES) as [Audience, keyof typeof a][]).filter(([, field]) => a[field] === true).map(([slug]) => slug);
}

export function toEventCard(e: CmsEventSummary): EventCard {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    domain: e.domain,
    category: e.category,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    status: e.eventStatus,
    statusNote: e.statusNote,
    isFree: e.isFree,
    priceMad: e.isFree ? null : e.priceMad,
    venue: e.venue?.name ?? '',
    neighbourhood: e.venue?.neighbourhood ? { slug: e.venue.neighbourhood.slug, name: e.venue.neighbourhood.name } : null,
    point: e.venue?.point ?? null,
    access: accessOf(e),
    audiences: audiencesOf(e),
    ageMin: e.audience?.ageMin ?? null,
    ageMax: e.audience?.ageMax ?? null,
  };
}

export function toEventPage(e: CmsEventDetail): EventPage {
  const video = e.signLanguageVideo;
  return {
    ...toEventCard(e),
    documentId: e.documentId,
    description: e.description,
    updatedAt: e.updatedAt,
    address: e.venue?.address ?? '',
    organisers: e.organisers.map((o) => ({ slug: o.slug, name: o.name })),
    accessibilityNotes: e.accessibilityNotes,
    registration: e.registration ?? { mode: 'none', capacity: null, url: null, phone: null, closesAt: null },
    programme: e.programme,
    image: e.image ? { url: mediaUrl(e.image.url), alt: e.imageAlt || e.image.alternativeText || '' } : null,
    // A video without captions would shut out deaf visitors who do not sign: it is not shown.
    signLanguageVideo:
      video?.video && video.captions
        ? { videoUrl: mediaUrl(video.video.url), captionsUrl: mediaUrl(video.captions.url), transcript: video.transcript }
        : null,
  };
}

/** The CMS query of a list; the text search is the CMS's to fold and match (its public-read middleware). */
export function eventListQuery(f: EventFilters, locale: Locale, pageSize = PAGE_SIZE, now = clock.now()) {
  return {
    locale,
    filters: eventQueryFilters(f, now),
    ...(f.q ? { search: f.q } : {}),
    sort: ['startsAt:asc', 'title:asc'],
    pagination: { page: f.page, pageSize },
  };
}

export async function listEvents(f: EventFilters, locale: Locale, fetchFn?: typeof fetch, pageSize = PAGE_SIZE): Promise<Paged<EventCard>> {
  const res = await cmsGet('/events', eventListQuery(f, locale, pageSize), listOf(eventSummary), fetchFn);
  return { items: res.data.map(toEventCard), ...res.meta.pagination };
}

/** Every event that matches, for the map and for calendar feeds: pages through the capped API. */
export function allMatchingEvents(f: EventFilters, locale: Locale, fetchFn?: typeof fetch, limit = MAP_LIMIT): Promise<EventCard[]> {
  return allPages((page) => listEvents({ ...f, page }, locale, fetchFn, 100), limit);
}

/** The coming events an association organises, soonest first. */
export async function listEventsByOrganiser(organiser: string, locale: Locale, fetchFn?: typeof fetch, limit = 10): Promise<EventCard[]> {
  const res = await cmsGet(
    '/events',
    {
      locale,
      filters: { $and: [eventQueryFilters(EMPTY_FILTERS), { organisers: { slug: { $eq: organiser } } }] },
      sort: ['startsAt:asc', 'title:asc'],
      pagination: { page: 1, pageSize: limit },
    },
    listOf(eventSummary),
    fetchFn,
  );
  return res.data.map(toEventCard);
}

export function toMapPoints(events: EventCard[]): MapPoint[] {
  return events.flatMap((e) =>
    e.point ? [{ slug: e.slug, title: e.title, startsAt: e.startsAt, lat: e.point.lat, lng: e.point.lng }] : [],
  );
}

export async function getEvent(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<EventPage> {
  const res = await cmsGet(`/events/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(eventDetail), fetchFn);
  return toEventPage(res.data);
}

/**
 * The draft of an event, for a preview link the page has already checked; the CMS checks the
 * signature again and answers 404 for anything it does not accept. Same shape as getEvent.
 */
export async function getEventPreview(
  documentId: string,
  locale: Locale,
  link: { expires: string; signature: string },
  fetchFn?: typeof fetch,
): Promise<EventPage> {
  const res = await cmsGet(
    `/events/preview/${encodeURIComponent(documentId)}`,
    { locale, expires: link.expires, signature: link.signature },
    oneOf(eventDetail),
    fetchFn,
  );
  return toEventPage(res.data);
}
