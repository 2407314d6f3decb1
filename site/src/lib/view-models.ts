import type { Repetition } from '$lib/events/repetition';
import type { AssociationCategory } from './associations/vocabulary';
import type { AccessOffer, Audience, Category, Domain } from './events/vocabulary';

/** What components render. Built by the adapters in $lib/server/cms from CMS records. */
export interface PlaceRef {
  slug: string;
  name: string;
}
export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface EventCard {
  slug: string;
  title: string;
  summary: string;
  domain: Domain;
  category: Category;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'cancelled' | 'postponed';
  statusNote: string;
  isFree: boolean;
  priceMad: number | null;
  venue: string;
  neighbourhood: PlaceRef | null;
  point: GeoPoint | null;
  access: AccessOffer[];
  audiences: Audience[];
  ageMin: number | null;
  ageMax: number | null;
  /** Set when the date shown is one of a series that was cancelled or moved on its own. */
  change: 'cancelled' | 'moved' | null;
  /** How the activity repeats; null for a single one. */
  repeats: Repetition | null;
  /** For calendar files: the series' rule, as the CMS derived it, and the dates it does not keep. */
  calendar: SeriesCalendar | null;
  /** In a list grouped by event (the map): its next dates in the filters' window, and how many there are. */
  dates: Occurrence[];
  dateTotal: number;
}

export interface Occurrence {
  startsAt: string;
  endsAt: string;
  /** The day the series gives this date, in Tétouan (YYYY-MM-DD), even when it was moved. */
  date: string;
  change: 'cancelled' | 'moved' | null;
}

export interface SeriesCalendar {
  /** RFC 5545 RRULE value, without DTSTART. */
  rule: string;
  firstStartsAt: string;
  firstEndsAt: string;
  changes: { date: string; change: 'cancelled' | 'moved'; startsAt: string | null; endsAt: string | null }[];
}

export interface EventPage extends EventCard {
  documentId: string;
  description: string;
  updatedAt: string;
  address: string;
  organisers: PlaceRef[];
  accessibilityNotes: string;
  registration: {
    mode: 'none' | 'hub' | 'external' | 'phone';
    capacity: number | null;
    url: string | null;
    phone: string | null;
    closesAt: string | null;
  };
  programme: PlaceRef | null;
  image: { url: string; alt: string } | null;
  signLanguageVideo: { videoUrl: string; captionsUrl: string; transcript: string } | null;
  /** The coming dates, from now, cancelled and moved ones included. */
  upcoming: Occurrence[];
}

export interface MapPoint extends GeoPoint {
  slug: string;
  title: string;
  startsAt: string;
  /** A series' other dates in the window, after `startsAt`, and how many more there are beyond those. */
  later: string[];
  more: number;
}

export interface NeighbourhoodOption {
  slug: string;
  name: string;
  peripheral: boolean;
  centroid: GeoPoint | null;
}

export interface AssociationCard {
  slug: string;
  name: string;
  category: AssociationCategory;
  description: string;
  verified: boolean;
  neighbourhoods: PlaceRef[];
  logo: { url: string; alt: string } | null;
}

export interface AssociationPage extends AssociationCard {
  email: string | null;
  phone: string | null;
  website: string | null;
  foundedYear: number | null;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}
