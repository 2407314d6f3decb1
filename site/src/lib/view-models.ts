import type { Repetition } from '$lib/events/repetition';
import type { PARTNERSHIP_KINDS } from '$lib/forms/application';
import type { Locale } from '$lib/i18n';
import type { AssociationCategory } from './associations/vocabulary';
import type { AccessOffer, Audience, Category, Domain } from './events/vocabulary';
import type { PlaceFacts } from './places/facts';
import type { Grade, HeritageKind, WorksStatus } from './places/vocabulary';

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
  /** Presented in sign language: the content has a signed video. */
  signed: boolean;
  /** In a list grouped by event (the map): its next dates in the filters' window, and how many there are. */
  dates: Occurrence[];
  dateTotal: number;
  /** Whether the organisers filled in the accessibility they offer (`access` lists what they offer). */
  accessKnown: boolean;
  /** The venue's surveyed facts, which weigh in whether the event fits a visitor's needs. */
  venueFacts: PlaceFacts | null;
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
  signLanguageVideo: SignedVideo | null;
  easyRead: EasyReadSentence[];
  /** The coming dates, from now, cancelled and moved ones included. */
  upcoming: Occurrence[];
}

/** A video in Moroccan Sign Language and, for each written language, its captions and transcript. */
export interface SignedVideo {
  videoUrl: string;
  videoType: string;
  /** The page's own language first: its captions show by default. */
  tracks: { language: Locale; label: string; captionsUrl: string; transcript: string }[];
  signedBy: string;
  signedOn: string | null;
  /** A demo sample, not a real translation: the page says so. */
  sample: boolean;
}

/** One sentence of an easy-read version, with its pictogram when it has one. */
export interface EasyReadSentence {
  text: string;
  pictogram: { url: string; alt: string } | null;
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
  /** Its partnerships with the commune, born of accepted applications to calls for interest. */
  partnerships: {
    title: string;
    kind: (typeof PARTNERSHIP_KINDS)[number];
    startsOn: string;
    endsOn: string;
    call: { slug: string; reference: string; title: string } | null;
  }[];
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** A heritage point of the Medina, as its card, its page, the map and the exports show it. */
export interface HeritageCard {
  slug: string;
  name: string;
  kind: HeritageKind;
  point: GeoPoint;
  grade: Grade | null;
  facts: PlaceFacts | null;
  worksStatus: WorksStatus;
  worksStartOn: string | null;
  worksEndOn: string | null;
  isDemonstration: boolean;
}

export interface HeritagePage extends HeritageCard {
  description: string;
  stepFreeWay: string;
  worksNote: string;
  surveyedBy: string;
  updatedAt: string;
  photos: { url: string; alt: string }[];
}
