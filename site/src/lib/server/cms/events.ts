import type { Locale } from '$lib/i18n';
import { endOfLocalDay, startOfLocalDay } from '$lib/dates';
import * as clock from '$lib/server/clock';
import { EMPTY_FILTERS, type EventFilters } from '$lib/events/filters';
import { ACCESS_OFFERS, AUDIENCES, isDomain, type AccessOffer, type Audience } from '$lib/events/vocabulary';
import { repetitionOf } from '$lib/events/repetition';
import { z } from 'zod';
import type { EventCard, EventPage, MapPoint, Occurrence, Paged } from '$lib/view-models';
import { allPages, cmsGet } from './client';
import { toEasyRead, toSignedVideo } from './formats';
import { needFilter } from './needs-filter';
import { mediaUrl } from './media';
import type { QueryValue } from './query';
import { eventDetail, eventOccurrences, listOf, oneOf, type CmsEventDetail, type CmsEventSummary } from './schemas';

export const PAGE_SIZE = 12;
const MAP_LIMIT = 300;

/**
 * The CMS filter for a set of list filters. Dates are not in it: the list is read by occurrence
 * (`/events/occurrences`), whose window (`eventWindow`) selects dates, not events.
 */
export function eventQueryFilters(f: EventFilters): QueryValue {
  const and: QueryValue[] = [];
  if (f.neighbourhood) and.push({ venue: { neighbourhood: { slug: { $eq: f.neighbourhood } } } });
  if (f.category) {
    and.push(isDomain(f.category) ? { domain: { $eq: f.category } } : { category: { $eq: f.category } });
  }
  if (f.audience) and.push({ audience: { [AUDIENCES[f.audience]]: { $eq: true } } });
  for (const offer of f.access) and.push({ accessibility: { [ACCESS_OFFERS[offer]]: { $eq: true } } });
  for (const need of f.needs) and.push(needFilter(need));
  if (f.free) and.push({ isFree: { $eq: true } });
  // A signed video always has its date (cms/src/components/media/sign-language-video.json).
  if (f.signed) and.push({ signLanguageVideo: { signedOn: { $notNull: true } } });
  return { $and: and };
}

/**
 * The dates a list covers: from the start of `from` (else now: what has ended is left out) to the
 * end of `to`. "Now" is taken to the minute: the query is the read cache's key, and a key that
 * changed every millisecond would never be read twice. An event that ended under a minute ago
 * may stay listed that long.
 */
export function eventWindow(f: EventFilters, now = clock.now()): { from: string; to?: string } {
  return {
    from: (f.from ? startOfLocalDay(f.from) : new Date(Math.floor(now.getTime() / 60_000) * 60_000)).toISOString(),
    ...(f.to ? { to: endOfLocalDay(f.to).toISOString() } : {}),
  };
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

export function toEventCard(e: CmsEventSummary, occurrences: Occurrence[] = [], dateTotal = occurrences.length): EventCard {
  const shown = occurrences[0];
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    domain: e.domain,
    category: e.category,
    startsAt: shown?.startsAt ?? e.startsAt,
    endsAt: shown?.endsAt ?? e.endsAt,
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
    change: shown?.change ?? null,
    repeats: repetitionOf(e.series, e.startsAt, e.endsAt, e.seriesEndsAt),
    calendar:
      e.series && e.recurrence ? { rule: e.recurrence, firstStartsAt: e.startsAt, firstEndsAt: e.endsAt, changes: e.seriesChanges } : null,
    signed: Boolean(e.signLanguageVideo?.signedOn),
    dates: occurrences,
    dateTotal,
    accessKnown: e.accessibility !== null,
    venueFacts: e.venue?.accessibility ?? null,
  };
}

export function toEventPage(e: CmsEventDetail, locale: Locale): EventPage {
  const signLanguageVideo = toSignedVideo(e.signLanguageVideo, locale);
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
    signed: signLanguageVideo !== null,
    signLanguageVideo,
    easyRead: toEasyRead(e.easyRead),
    upcoming: e.upcoming,
  };
}

/** The CMS query of a list by occurrence; the text search is the CMS's to fold and match (its public-read middleware). */
export function eventListQuery(f: EventFilters, locale: Locale, pageSize = PAGE_SIZE, now = clock.now(), group = false) {
  return {
    locale,
    filters: eventQueryFilters(f),
    ...eventWindow(f, now),
    ...(group ? { group: 'event' } : {}),
    ...(f.q ? { search: f.q } : {}),
    pagination: { page: f.page, pageSize },
  };
}

async function listOccurrences(f: EventFilters, locale: Locale, fetchFn: typeof fetch | undefined, pageSize: number, group: boolean) {
  const res = await cmsGet(
    '/events/occurrences',
    eventListQuery(f, locale, pageSize, clock.now(), group),
    listOf(eventOccurrences),
    fetchFn,
  );
  return { items: res.data.map((e) => toEventCard(e, e.occurrences, e.occurrenceTotal)), ...res.meta.pagination };
}

/** A page of the events list: one entry per date, so a weekly activity appears on each of its days. */
export function listEvents(f: EventFilters, locale: Locale, fetchFn?: typeof fetch, pageSize = PAGE_SIZE): Promise<Paged<EventCard>> {
  return listOccurrences(f, locale, fetchFn, pageSize, false);
}

/**
 * Every event that matches, once each with its dates in the window, for the map and for calendar
 * feeds (which carry a series as one rule): pages through the capped API.
 */
export function allMatchingEvents(f: EventFilters, locale: Locale, fetchFn?: typeof fetch, limit = MAP_LIMIT): Promise<EventCard[]> {
  return allPages((page) => listOccurrences({ ...f, page }, locale, fetchFn, 100, true), limit);
}

/** The coming events an association organises, once each, soonest first. */
export async function listEventsByOrganiser(organiser: string, locale: Locale, fetchFn?: typeof fetch, limit = 10): Promise<EventCard[]> {
  const res = await cmsGet(
    '/events/occurrences',
    {
      locale,
      filters: { organisers: { slug: { $eq: organiser } } },
      ...eventWindow(EMPTY_FILTERS),
      group: 'event',
      pagination: { page: 1, pageSize: limit },
    },
    listOf(eventOccurrences),
    fetchFn,
  );
  return res.data.map((e) => toEventCard(e, e.occurrences, e.occurrenceTotal));
}

/** What the CMS's `/events/points` answers: one array per event, its columns named once. */
const pointsAnswer = z.object({
  data: z.object({
    fields: z.tuple([
      z.literal('slug'),
      z.literal('title'),
      z.literal('startsAt'),
      z.literal('lat'),
      z.literal('lng'),
      z.literal('later'),
      z.literal('more'),
    ]),
    rows: z.array(z.tuple([z.string(), z.string(), z.string(), z.number(), z.number(), z.array(z.string()), z.number()])),
  }),
  meta: z.object({ total: z.number(), capped: z.boolean() }),
});

/**
 * Every matching event as a map marker, in one request however large the city (up to the CMS's
 * cap of 10,000): the map clusters them in the browser.
 */
export async function mapPoints(f: EventFilters, locale: Locale, fetchFn?: typeof fetch): Promise<MapPoint[]> {
  const res = await cmsGet(
    '/events/points',
    { locale, filters: eventQueryFilters(f), ...eventWindow(f), ...(f.q ? { search: f.q } : {}) },
    pointsAnswer,
    fetchFn,
  );
  return res.data.rows.map(([slug, title, startsAt, lat, lng, later, more]) => ({ slug, title, startsAt, lat, lng, later, more }));
}

export async function getEvent(slug: string, locale: Locale, fetchFn?: typeof fetch): Promise<EventPage> {
  const res = await cmsGet(`/events/by-slug/${encodeURIComponent(slug)}`, { locale }, oneOf(eventDetail), fetchFn);
  return toEventPage(res.data, locale);
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
  return toEventPage(res.data, locale);
}
