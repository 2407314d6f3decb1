import { LOCALE_CODES } from '../locales';
import { ACCESS_FIELDS, ASSOCIATION_CATEGORIES, CATEGORIES, domainOf } from '../vocabulary';
import { demo, type EventTemplate, type Text } from './catalogue';
import { fill } from './checks';
import { seededRandom } from './random';
import { seriesFacts, type Series, type SeriesChange } from '../api/event/series';
import { localDate, localToUtc, localToday } from '../time';

/**
 * The demo city as plain records, computed from the catalogue and the day of seeding:
 * pure, so it can be tested without a database.
 */
export interface NeighbourhoodPlan {
  slug: string;
  name: Text;
  peripheral: boolean;
  centroid: { lat: number; lng: number };
}
export interface VenuePlan {
  slug: string;
  name: Text;
  address: Text;
  neighbourhood: string;
  point: { lat: number; lng: number };
  sport: boolean;
  culture: boolean;
  swimming: boolean;
  access: Record<string, unknown>;
}
export interface EventPlan {
  slug: string;
  template: EventTemplate;
  title: Text;
  venue: string;
  neighbourhood: string;
  organisers: string[];
  startsAt: Date;
  endsAt: Date;
  eventStatus: 'scheduled' | 'cancelled' | 'postponed';
  isFree: boolean;
  priceMad: number | null;
  accessibility: Record<string, boolean>;
  registration: Record<string, unknown>;
  series: Series | null;
  seriesChanges: SeriesChange[];
}

/** One text per CMS locale, made by a template of the catalogue's phrases. */
export const perLocale = (make: (locale: string) => string): Text =>
  Object.fromEntries(LOCALE_CODES.map((locale) => [locale, make(locale)]));

/** Fails when a rule of the plan names a value the schemas no longer have, rather than quietly never matching. */
function mustExist(names: readonly string[], values: readonly string[], what: string) {
  const unknown = names.filter((n) => !values.includes(n));
  if (unknown.length) throw new Error(`The seed plan names ${what} the schema does not have: ${unknown.join(', ')}`);
}
// Values of the schemas that the rules below name. SPORT_PARTNERS: the kinds of association that co-organise sport.
const SPORT_PARTNERS = ['sport', 'disability', 'women', 'youth'];
const RULE_CATEGORIES = ['heritage-visit', 'cinema', 'theatre', 'reading'];

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function planNeighbourhoods(): NeighbourhoodPlan[] {
  return demo().neighbourhoods.map((n) => ({
    slug: n.slug,
    name: n.name,
    peripheral: n.peripheral,
    centroid: { lat: n.centroid[0], lng: n.centroid[1] },
  }));
}

export function planVenues(): VenuePlan[] {
  const {
    neighbourhoods,
    catalogue: { venueKinds, centralVenues, phrases },
  } = demo();
  const rnd = seededRandom(7);
  const venues: VenuePlan[] = [];
  for (const n of neighbourhoods.filter((x) => x.peripheral)) {
    venueKinds.forEach((kind, i) => {
      if (kind.key === 'complexe-socioculturel' && !rnd.chance(0.5)) return;
      const stepFree = rnd.chance(0.7);
      venues.push({
        slug: `${kind.key}-${n.slug}`,
        name: perLocale((l) => fill(kind.name[l], { neighbourhood: n.name[l] })),
        address: perLocale((l) => fill(phrases.peripheralVenueAddress[l], { neighbourhood: n.name[l] })),
        neighbourhood: n.slug,
        point: { lat: round(n.centroid[0] + (i - 1) * 0.0011), lng: round(n.centroid[1] + (rnd.next() - 0.5) * 0.002) },
        sport: kind.sport,
        culture: kind.culture,
        swimming: false,
        access: {
          entranceIsLevel: stepFree,
          entranceHasFixedRamp: stepFree && rnd.chance(0.6),
          hasAccessibleToilet: stepFree && rnd.chance(0.6),
          pathwaySurface: rnd.pick(['paved', 'asphalt', 'mixed']),
          staffCanHelp: true,
        },
      });
    });
  }
  for (const v of centralVenues) {
    const n = neighbourhoods.find((x) => x.slug === v.neighbourhood)!;
    venues.push({
      slug: v.slug,
      name: v.name,
      address: perLocale((l) => fill(phrases.centralVenueAddress[l], { neighbourhood: n.name[l] })),
      neighbourhood: n.slug,
      point: { lat: round(n.centroid[0] + v.offset[0]), lng: round(n.centroid[1] + v.offset[1]) },
      sport: v.sport,
      culture: v.culture,
      swimming: v.slug === 'piscine-municipale',
      access: {
        entranceIsLevel: true,
        entranceHasFixedRamp: true,
        hasAccessibleToilet: true,
        pathwaySurface: n.slug === 'medina' ? 'cobblestone' : 'asphalt',
        pathwaySmoothness: n.slug === 'medina' ? 'bad' : 'good',
        pathwaySlopePercent: n.slug === 'medina' ? 7 : 2,
        staffCanHelp: true,
        hasInductionLoop: v.slug === 'dar-ath-thaqafa',
      },
    });
  }
  return venues;
}

/**
 * Events over the next 90 days, most of them in peripheral neighbourhoods. The first one is
 * always a free, wheelchair-accessible sport event in Kouilma later today: the walkthrough in
 * the README (and its end-to-end test) looks for exactly that.
 */
export function planEvents(now: Date, count = 90): EventPlan[] {
  mustExist(SPORT_PARTNERS, ASSOCIATION_CATEGORIES, 'association categories');
  mustExist(RULE_CATEGORIES, CATEGORIES, 'event categories');
  const {
    neighbourhoods,
    catalogue: { associations, eventTemplates, phrases },
  } = demo();
  const rnd = seededRandom(2026);
  const venues = planVenues();
  const peripheral = neighbourhoods.filter((n) => n.peripheral).map((n) => n.slug);
  const today = localToday(now);
  const events: EventPlan[] = [];
  const slugs = new Set<string>();

  const organisersFor = (nbh: string, category: string) => {
    const local = associations.filter((a) => a.serves.includes(nbh));
    const fitting = associations.filter((a) =>
      domainOf(category) === 'sport' ? SPORT_PARTNERS.includes(a.category) : a.category !== 'sport',
    );
    const first = rnd.pick(local.length ? local : fitting);
    const second = rnd.chance(0.3) ? rnd.pick(fitting) : undefined;
    return [...new Set([first.slug, ...(second ? [second.slug] : [])])];
  };

  for (let i = 0; i < count; i++) {
    const guaranteed = i === 0;
    const template = guaranteed ? eventTemplates.find((t) => t.key === 'adapted-sport-day')! : rnd.pick(eventTemplates);
    const sport = domainOf(template.category) === 'sport';
    let nbh = guaranteed ? 'kouilma' : rnd.chance(0.8) ? rnd.pick(peripheral) : rnd.pick(['medina', 'ensanche', 'sania-ramel']);
    if (template.category === 'heritage-visit') nbh = 'medina';
    let candidates = venues.filter((v) => v.neighbourhood === nbh && (template.swimming ? v.swimming : sport ? v.sport : v.culture));
    if (template.swimming || candidates.length === 0) {
      candidates = venues.filter((v) => (template.swimming ? v.swimming : sport ? v.sport : v.culture));
    }
    const venue = guaranteed ? candidates.find((v) => v.slug.startsWith('terrain'))! : rnd.pick(candidates);

    let startsAt: Date;
    if (guaranteed) {
      startsAt = new Date(Math.ceil((now.getTime() + 30 * 60000) / 900000) * 900000);
    } else {
      const dayOffset = Math.floor(i * (89 / count)) + rnd.int(0, 1);
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day + dayOffset));
      startsAt = localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), rnd.pick(template.hours), rnd.pick([0, 0, 30]));
    }
    const endsAt = new Date(startsAt.getTime() + template.durationMinutes * 60000);

    const venueStepFree = venue.access.entranceIsLevel === true;
    const accessibility: Record<string, boolean> = Object.fromEntries(ACCESS_FIELDS.map((o) => [o, false]));
    accessibility.wheelchair = guaranteed || (venueStepFree && rnd.chance(0.75));
    accessibility.stepFreeRoute = accessibility.wheelchair;
    accessibility.accessibleToilets = accessibility.wheelchair && venue.access.hasAccessibleToilet === true;
    accessibility.signLanguage = template.key === 'signed-screening' || rnd.chance(0.2);
    accessibility.captions = template.category === 'cinema';
    accessibility.hearingLoop = venue.access.hasInductionLoop === true;
    accessibility.audioDescription = template.key === 'adapted-medina-visit' || (template.category === 'theatre' && rnd.chance(0.3));
    accessibility.brailleProgramme = template.category === 'reading' || rnd.chance(0.1);
    accessibility.largePrint = accessibility.brailleProgramme || rnd.chance(0.15);
    accessibility.easyRead = rnd.chance(0.25);
    accessibility.quietSpace = template.audience.children === true && rnd.chance(0.4);
    accessibility.assistanceOnRequest = template.audience.peopleWithDisabilities === true || rnd.chance(0.35);
    mustExist(Object.keys(accessibility), ACCESS_FIELDS, 'accessibility offers');

    const isFree = guaranteed || rnd.chance(0.78);
    const { series, seriesChanges } = guaranteed ? { series: null, seriesChanges: [] } : seriesPlan(template, startsAt, endsAt, rnd);
    // A whole series cancelled or postponed is rare; its single dates are cancelled or moved instead.
    const eventStatus = guaranteed || series ? 'scheduled' : rnd.chance(0.06) ? 'cancelled' : rnd.chance(0.03) ? 'postponed' : 'scheduled';
    const registrationMode = template.swimming ? 'phone' : rnd.chance(0.15) ? 'phone' : rnd.chance(0.1) ? 'external' : 'none';
    const n = neighbourhoods.find((x) => x.slug === nbh)!;
    const venueNbh = neighbourhoods.find((x) => x.slug === venue.neighbourhood)!;

    let slug = `${template.key}-${venue.neighbourhood}`;
    for (let k = 2; slugs.has(slug); k++) slug = `${template.key}-${venue.neighbourhood}-${k}`;
    slugs.add(slug);

    events.push({
      slug,
      template,
      venue: venue.slug,
      neighbourhood: venueNbh.slug,
      title: perLocale((l) => fill(phrases.eventTitle[l], { title: template.title[l], neighbourhood: venueNbh.name[l] })),
      organisers: organisersFor(n.slug, template.category),
      startsAt,
      endsAt,
      eventStatus,
      isFree,
      priceMad: isFree ? null : rnd.pick([10, 20, 30, 50]),
      accessibility,
      registration:
        registrationMode === 'phone'
          ? { mode: 'phone', phone: '+212 539 00 00 00', capacity: rnd.pick([20, 30, 40]) }
          : registrationMode === 'external'
            ? { mode: 'external', url: 'https://inscriptions.tetouan.example/' }
            : { mode: 'none' },
      series,
      seriesChanges,
    });
  }
  return events;
}

/**
 * A repeating template becomes a series from its first date: weekly for eight to twelve weeks, or
 * until a date, or monthly three times; some have a date cancelled, and a few a date moved a day later.
 */
function seriesPlan(template: EventTemplate, startsAt: Date, endsAt: Date, rnd: ReturnType<typeof seededRandom>) {
  if (!template.repeats) return { series: null, seriesChanges: [] };
  const weeks = rnd.pick([8, 10, 12]);
  const last = new Date(startsAt.getTime() + (weeks - 1) * 7 * 86400_000);
  const series: Series =
    template.repeats === 'monthly'
      ? { frequency: 'monthly', interval: 1, count: 3 }
      : rnd.chance(0.5)
        ? { frequency: 'weekly', interval: 1, count: weeks }
        : { frequency: 'weekly', interval: 1, until: localDate(last) };
  const dates = seriesFacts(series, startsAt.toISOString()).dates;
  const seriesChanges: SeriesChange[] = [];
  if (dates.length > 3 && rnd.chance(0.5)) seriesChanges.push({ date: dates[2], change: 'cancelled' });
  if (dates.length > 4 && rnd.chance(0.3)) {
    const day = 86400_000;
    const moved = dates[4];
    const offset = new Date(`${moved}T00:00:00Z`).getTime() - new Date(`${dates[0]}T00:00:00Z`).getTime();
    seriesChanges.push({
      date: moved,
      change: 'moved',
      startsAt: new Date(startsAt.getTime() + offset + day).toISOString(),
      endsAt: new Date(endsAt.getTime() + offset + day).toISOString(),
    });
  }
  return { series, seriesChanges };
}
