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
}

export interface MapPoint extends GeoPoint {
  slug: string;
  title: string;
  startsAt: string;
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
