import { renderSVG } from 'uqr';
import { EMPTY_FILTERS } from '$lib/events/filters';
import type { Locale } from '$lib/i18n';
import * as clock from '$lib/server/clock';
import type { EventCard, SignedVideo } from '$lib/view-models';
import { CmsError } from './cms/client';
import { getEvent, listEvents } from './cms/events';
import { listNeighbourhoods } from './cms/neighbourhoods';

/**
 * What a reception-area screen shows (routes/[lang]/screen): the coming events, each with a QR
 * code to its page, and one signed capsule playing muted with its captions. Nobody stands at a
 * keyboard in front of it: whatever happens it must show something, so the last content it
 * got is kept per screen and shown again, marked, when the CMS cannot be reached.
 */
export const SCREEN_ITEMS = 8;

export interface ScreenEvent {
  card: EventCard;
  url: string;
  /** The QR code of `url`, an SVG image as a data: address (img-src allows data:). */
  qr: string;
}
export interface ScreenData {
  events: ScreenEvent[];
  capsule: { title: string; video: SignedVideo } | null;
  neighbourhood: string | null;
  /** When the CMS last answered for this screen. */
  updatedAt: string | null;
  /** The CMS could not be reached: this is the last content it gave, or nothing yet. */
  stale: boolean;
}

/** A QR code with the quiet zone it needs, black on white whatever the page's colours. */
export function qrCode(text: string): string {
  const svg = renderSVG(text, { ecc: 'M', border: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const last = new Map<string, ScreenData>();

/** The neighbourhood a screen is for, or undefined when the CMS has no such one (a 400 for the installer). */
export async function screenNeighbourhood(slug: string, locale: Locale, fetchFn?: typeof fetch) {
  return (await listNeighbourhoods(locale, fetchFn)).find((n) => n.slug === slug);
}

async function fresh(locale: Locale, neighbourhood: string, origin: string, fetchFn?: typeof fetch): Promise<ScreenData> {
  const filters = { ...EMPTY_FILTERS, access: [], neighbourhood };
  const { items } = await listEvents(filters, locale, fetchFn, SCREEN_ITEMS);
  const events = items
    .filter((e) => e.status === 'scheduled' && e.change !== 'cancelled')
    .map((card) => {
      const url = `${origin}/${locale}/events/${card.slug}`;
      return { card, url, qr: qrCode(url) };
    });
  // The capsule: the next signed event on the screen, else the next signed one at all in its area.
  const signedSlug =
    events.find((e) => e.card.signed)?.card.slug ?? (await listEvents({ ...filters, signed: true }, locale, fetchFn, 1)).items[0]?.slug;
  const signed = signedSlug ? await getEvent(signedSlug, locale, fetchFn) : null;
  return {
    events,
    capsule: signed?.signLanguageVideo ? { title: signed.title, video: signed.signLanguageVideo } : null,
    neighbourhood: neighbourhood || null,
    updatedAt: clock.now().toISOString(),
    stale: false,
  };
}

export async function screenData(locale: Locale, neighbourhood: string, origin: string, fetchFn?: typeof fetch): Promise<ScreenData> {
  const key = `${locale}/${neighbourhood}`;
  try {
    const data = await fresh(locale, neighbourhood, origin, fetchFn);
    last.set(key, data);
    return data;
  } catch (e) {
    if (!(e instanceof CmsError)) throw e;
    console.error(`[screen] showing the last content of ${key}: ${e.message}`);
    const kept = last.get(key);
    return kept
      ? { ...kept, stale: true }
      : { events: [], capsule: null, neighbourhood: neighbourhood || null, updatedAt: null, stale: true };
  }
}

/** Forgets what screens showed; for tests. */
export const forgetScreens = () => last.clear();
